package dev.fastpath.autoconfigure.web.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;

class BodyViolationMapperTests {

  record Line(String sku, int qty) {}

  record Order(String customerId, List<Line> items, Map<String, Integer> counts) {}

  static class Handler {
    void create(@RequestBody Order order) {}
  }

  private static final HttpInputMessage INPUT = new HttpInputMessage() {
    @Override
    public InputStream getBody() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public HttpHeaders getHeaders() {
      return HttpHeaders.EMPTY;
    }
  };

  private final Order order = new Order("", List.of(new Line("a", 1), new Line("b", 0)), Map.of("x", 5));

  @Test
  void derivesJsonPointersFromSpringFieldPaths() {
    assertThat(BodyViolationMapper.pointer("customerId")).isEqualTo("/customerId");
    assertThat(BodyViolationMapper.pointer("items[3].qty")).isEqualTo("/items/3/qty");
    assertThat(BodyViolationMapper.pointer("attributes[a/b]")).isEqualTo("/attributes/a~1b");
    assertThat(BodyViolationMapper.pointer("matrix[1][2]")).isEqualTo("/matrix/1/2");
  }

  @Test
  void turnsPointersIntoSpringFieldPaths() {
    assertThat(BodyViolationMapper.fieldPath("/items/3/qty")).isEqualTo("items[3].qty");
    assertThat(BodyViolationMapper.fieldPath("/customerId")).isEqualTo("customerId");
    assertThat(BodyViolationMapper.fieldPath("")).isEmpty();
    assertThat(BodyViolationMapper.fieldPath("/a~1b/c~0d")).isEqualTo("a/b.c~d");
    assertThat(BodyViolationMapper.fieldPath("/matrix/0/1")).isEqualTo("matrix[0][1]");
  }

  @Test
  void findsDeclaredTypesThroughRecordsListsAndMaps() {
    assertThat(BodyViolationMapper.declaredType(Order.class, "/items/1/qty")).isEqualTo(int.class);
    assertThat(BodyViolationMapper.declaredType(Order.class, "/items")).isEqualTo(List.class);
    assertThat(BodyViolationMapper.declaredType(Order.class, "/counts/x")).isEqualTo(Integer.class);
    assertThat(BodyViolationMapper.declaredType(Order.class, "/missing")).isNull();
  }

  @Test
  void constraintViolationsBecomeMethodArgumentNotValidWithSpringFieldErrors() throws Exception {
    List<BodyViolation> violations = List.of(
        BodyViolation.constraint("/customerId", "NotBlank", "must not be blank"),
        new BodyViolation("/items/1/qty", "Min", "must be greater than or equal to 1", BodyViolation.Kind.CONSTRAINT,
            Map.of("value", 1L, "message", "{jakarta.validation.constraints.Min.message}")));

    Exception exception = BodyViolationMapper.toException(violations, parameter(), "order", this.order, INPUT);

    assertThat(exception).isInstanceOf(MethodArgumentNotValidException.class);
    MethodArgumentNotValidException notValid = (MethodArgumentNotValidException) exception;
    assertThat(notValid.getBindingResult()).isInstanceOf(BeanPropertyBindingResult.class);
    assertThat(notValid.getBindingResult().getObjectName()).isEqualTo("order");
    List<FieldError> errors = notValid.getBindingResult().getFieldErrors();
    assertThat(errors).extracting(FieldError::getField).containsExactly("customerId", "items[1].qty");
    FieldError blank = errors.get(0);
    assertThat(blank.getRejectedValue()).isEqualTo("");
    assertThat(blank.getCodes()).containsExactly("NotBlank.order.customerId", "NotBlank.customerId",
        "NotBlank.java.lang.String", "NotBlank");
    assertThat(blank.getDefaultMessage()).isEqualTo("must not be blank");
    FieldError min = errors.get(1);
    assertThat(min.getRejectedValue()).isEqualTo(0);
    assertThat(min.getCodes()).containsExactly("Min.order.items[1].qty", "Min.order.items.qty", "Min.items[1].qty",
        "Min.items.qty", "Min.qty", "Min.int", "Min");
    assertThat(min.getArguments()).hasSize(2);
    assertThat(((DefaultMessageSourceResolvable) min.getArguments()[0]).getCodes())
        .containsExactly("order.items[1].qty", "items[1].qty");
    assertThat(min.getArguments()[1]).isEqualTo(1L);
    assertThat(min.isBindingFailure()).isFalse();
  }

  @Test
  void problemDetailListsEveryViolationWithPointerRuleAndMessage() throws Exception {
    List<BodyViolation> violations = List.of(BodyViolation.constraint("/customerId", "NotBlank", "must not be blank"));

    MethodArgumentNotValidException exception = (MethodArgumentNotValidException) BodyViolationMapper
        .toException(violations, parameter(), "order", this.order, INPUT);

    assertThat(exception.getBody().getProperties()).containsEntry("errors",
        List.of(Map.of("pointer", "/customerId", "rule", "NotBlank", "message", "must not be blank")));
    assertThat(exception.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void usesAMapBindingResultWhenNothingWasBound() throws Exception {
    Exception exception = BodyViolationMapper.toException(
        List.of(BodyViolation.constraint("/customerId", "NotBlank", "must not be blank")), parameter(), "order", null,
        INPUT);

    MethodArgumentNotValidException notValid = (MethodArgumentNotValidException) exception;
    assertThat(notValid.getBindingResult()).isInstanceOf(MapBindingResult.class);
    assertThat(notValid.getBindingResult().getFieldError("customerId").getRejectedValue()).isNull();
  }

  @Test
  void documentLevelViolationsBecomeObjectErrors() throws Exception {
    Exception exception = BodyViolationMapper.toException(
        List.of(BodyViolation.constraint("", "ValidOrder", "order is inconsistent")), parameter(), "order", this.order,
        INPUT);

    List<ObjectError> errors = ((MethodArgumentNotValidException) exception).getBindingResult().getGlobalErrors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getCodes()).containsExactly("ValidOrder.order", "ValidOrder");
    assertThat(errors.get(0).getDefaultMessage()).isEqualTo("order is inconsistent");
  }

  @Test
  void typeMismatchesBecomeUnreadableMessagesAsJacksonBindingWould() throws Exception {
    List<BodyViolation> violations = List.of(
        BodyViolation.constraint("/customerId", "NotBlank", "must not be blank"),
        new BodyViolation("/items/0/qty", "type", "expected an integer", BodyViolation.Kind.TYPE_MISMATCH, Map.of()));

    Exception exception = BodyViolationMapper.toException(violations, parameter(), "order", null, INPUT);

    assertThat(exception).isInstanceOf(HttpMessageNotReadableException.class)
        .hasMessageContaining("JSON parse error").hasMessageContaining("/items/0/qty");
    assertThat(((HttpMessageNotReadableException) exception).getHttpInputMessage()).isSameAs(INPUT);
  }

  private static MethodParameter parameter() throws Exception {
    Method method = Handler.class.getDeclaredMethod("create", Order.class);
    return new MethodParameter(method, 0);
  }
}
