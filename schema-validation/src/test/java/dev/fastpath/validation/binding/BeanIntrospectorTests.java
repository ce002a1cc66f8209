package dev.fastpath.validation.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Property discovery and naming as Jackson 3 does them. */
class BeanIntrospectorTests {

  record Line(@JsonProperty("q") int quantity, @JsonAlias({"code", "id"}) String sku, @JsonIgnore String note) {
  }

  static class Bean {

    private String url;

    private int count;

    public String visible;

    private String hidden;

    public String getURL() {
      return this.url;
    }

    public void setURL(String url) {
      this.url = url;
    }

    public int getCount() {
      return this.count;
    }
  }

  static class GetterOnlyList {

    private final List<String> values = new java.util.ArrayList<>();

    public List<String> getItems() {
      return this.values;
    }
  }

  @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
  record Kebab(String firstName) {
  }

  @Test
  void readsRecordComponentsWithTheirJacksonNames() {
    BeanModel model = new BeanIntrospector(null).introspect(Line.class);
    assertThat(model.record()).isTrue();
    assertThat(model.properties()).extracting(PropertyModel::javaName).containsExactly("quantity", "sku", "note");
    assertThat(model.properties().get(0).jsonNames()).containsExactly("q");
    assertThat(model.properties().get(1).jsonNames()).containsExactly("sku", "code", "id");
    assertThat(model.properties().get(2).mode()).isEqualTo(PropertyModel.Mode.IGNORED);
    assertThat(model.ignoredNames()).contains("note");
  }

  @Test
  void findsPojoPropertiesAndTheirMutatorsAsJacksonDoes() {
    BeanModel model = new BeanIntrospector(null).introspect(Bean.class);
    assertThat(property(model, "URL").mode()).isEqualTo(PropertyModel.Mode.SETTER);
    assertThat(property(model, "URL").jsonNames()).containsExactly("URL");
    // A private field with a public getter is written through the field (Jackson's inferred mutators).
    assertThat(property(model, "count").mode()).isEqualTo(PropertyModel.Mode.FIELD);
    assertThat(property(model, "visible").mode()).isEqualTo(PropertyModel.Mode.FIELD);
    assertThat(property(model, "hidden").mode()).isEqualTo(PropertyModel.Mode.HIDDEN);
    assertThat(model.binderUnsupported()).isNull();
  }

  @Test
  void treatsGetterOnlyCollectionsAsReadOnlyAsJackson3Does() {
    // Jackson 3 turned USE_GETTERS_AS_SETTERS off: the JSON value is ignored, not added to the getter's list.
    BeanModel model = new BeanIntrospector(null).introspect(GetterOnlyList.class);
    assertThat(property(model, "items").mode()).isEqualTo(PropertyModel.Mode.HIDDEN);
    assertThat(property(model, "items").jsonNames()).isEmpty();
  }

  @Test
  void appliesTheCallersNamingStrategyAndJsonNaming() {
    BeanModel snake = new BeanIntrospector(name -> name.toUpperCase()).introspect(Line.class);
    assertThat(snake.properties().get(0).jsonNames()).containsExactly("q");
    assertThat(snake.properties().get(1).jsonNames()).containsExactly("SKU", "code", "id");
    BeanModel kebab = new BeanIntrospector(null).introspect(Kebab.class);
    assertThat(kebab.properties().get(0).jsonNames()).containsExactly("first-name");
  }

  @Test
  void manglesAccessorNamesWithStandardBeanNaming() {
    assertThat(BeanIntrospector.mangle("getURL", 3)).isEqualTo("URL");
    assertThat(BeanIntrospector.mangle("getUrl", 3)).isEqualTo("url");
    assertThat(BeanIntrospector.mangle("isX", 2)).isEqualTo("x");
    assertThat(BeanIntrospector.mangle("get", 3)).isNull();
  }

  private static PropertyModel property(BeanModel model, String name) {
    return model.properties().stream().filter(p -> p.javaName().equals(name)).findFirst().orElseThrow();
  }
}
