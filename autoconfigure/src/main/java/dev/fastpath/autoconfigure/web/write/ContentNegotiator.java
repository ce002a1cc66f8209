package dev.fastpath.autoconfigure.web.write;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Picks the response media type exactly as Spring's {@code AbstractMessageConverterMethodProcessor}
 * does: a concrete preset {@code Content-Type} wins; otherwise the request's acceptable types are
 * matched against the producible ones (the mapping's {@code produces}, or what the converters can
 * write for the value), the most specific compatible concrete type is chosen, {@code *}{@code /*} and
 * {@code application/*} fall back to {@code application/octet-stream}, and a {@code ProblemDetail} falls
 * back to {@code application/problem+json}.
 *
 * @since 0.1
 */
public final class ContentNegotiator {

  private static final List<MediaType> PROBLEM_TYPES =
      List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_PROBLEM_XML);
  private static final List<MediaType> ALL_APPLICATION = List.of(MediaType.ALL, new MediaType("application"));

  private ContentNegotiator() {}

  /**
   * The media type to write {@code body} with, or {@code null} when nothing should be written (an
   * unparsable {@code Accept} on an error status).
   *
   * @throws HttpMediaTypeNotAcceptableException when no acceptable type can be produced (406)
   * @throws HttpMessageNotWritableException when {@code produces} names a type no converter writes (500)
   */
  public static @Nullable MediaType select(WebExchange exchange, Object body, int status, @Nullable MediaType preset)
      throws HttpMediaTypeNotAcceptableException {
    Class<?> valueClass = body instanceof CharSequence ? String.class : body.getClass();
    if (preset == null && exchange.header("Accept") == null) {
      Set<MediaType> declared = exchange.producibleTypes();
      if (declared == null) {
        return defaultType(valueClass);
      }
      MediaType only = declared.size() == 1 ? onlyConcrete(declared) : null;
      if (only != null && BodyConverter.writerFor(valueClass, only) != null) {
        return only;
      }
    }
    MediaType selected = null;
    if (preset != null && preset.isConcrete()) {
      selected = preset;
    } else {
      List<MediaType> acceptable;
      try {
        acceptable = exchange.acceptableMediaTypes();
      } catch (HttpMediaTypeNotAcceptableException ex) {
        int series = status / 100;
        if (series == 4 || series == 5) {
          return null;
        }
        throw ex;
      }
      Set<MediaType> declared = exchange.producibleTypes();
      List<MediaType> producible = declared != null && !declared.isEmpty()
          ? new ArrayList<>(declared) : BodyConverter.producible(valueClass);
      List<MediaType> compatible = compatible(acceptable, producible);
      if (compatible.isEmpty() && ProblemDetail.class.isAssignableFrom(valueClass)) {
        compatible = compatible(PROBLEM_TYPES, producible);
      }
      if (compatible.isEmpty()) {
        throw new HttpMediaTypeNotAcceptableException(producible);
      }
      MimeTypeUtils.sortBySpecificity(compatible);
      for (MediaType type : compatible) {
        if (type.isConcrete()) {
          selected = type;
          break;
        }
        if (type.isPresentIn(ALL_APPLICATION)) {
          selected = MediaType.APPLICATION_OCTET_STREAM;
          break;
        }
      }
    }
    if (selected != null) {
      selected = selected.removeQualityValue();
      if (BodyConverter.writerFor(valueClass, selected) != null) {
        return selected;
      }
    }
    Set<MediaType> declared = exchange.producibleTypes();
    if ((preset != null && preset.isConcrete()) || (declared != null && !declared.isEmpty())) {
      throw new HttpMessageNotWritableException(
          "No converter for [" + valueClass + "] with preset Content-Type '" + preset + "'");
    }
    throw new HttpMediaTypeNotAcceptableException(BodyConverter.producible(valueClass));
  }

  /**
   * The outcome of the full negotiation for {@code Accept: *}{@code /*} with no {@code produces}, taken
   * without allocating: the first producible type, which sorts first among the equally specific ones.
   */
  private static MediaType defaultType(Class<?> valueClass) {
    return BodyConverter.producible(valueClass).get(0);
  }

  /**
   * The outcome of the full negotiation for no {@code Accept} and one {@code produces} type that is concrete
   * and has no quality value: that type (the only compatible one), taken without allocating; else null.
   */
  private static @Nullable MediaType onlyConcrete(Set<MediaType> declared) {
    for (MediaType type : declared) {
      return type.isConcrete() && type.getParameter("q") == null ? type : null;
    }
    return null;
  }

  private static List<MediaType> compatible(List<MediaType> acceptable, List<MediaType> producible) {
    Set<MediaType> result = new LinkedHashSet<>();
    for (MediaType requested : acceptable) {
      for (MediaType candidate : producible) {
        if (requested.isCompatibleWith(candidate)) {
          result.add(mostSpecific(requested, candidate));
        }
      }
    }
    return new ArrayList<>(result);
  }

  private static MediaType mostSpecific(MediaType accept, MediaType produce) {
    MediaType produceToUse = produce.copyQualityValue(accept);
    return accept.isLessSpecific(produceToUse) ? produceToUse : accept;
  }
}
