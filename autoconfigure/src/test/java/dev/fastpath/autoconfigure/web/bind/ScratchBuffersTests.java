package dev.fastpath.autoconfigure.web.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScratchBuffersTests {

  @Test
  void reusesAReleasedArrayForTheNextBodyThatFits() {
    ScratchBuffers buffers = new ScratchBuffers(2);
    byte[] first = buffers.acquire(100);
    assertThat(first.length).isGreaterThanOrEqualTo(100);
    buffers.release(first);

    assertThat(buffers.acquire(first.length)).isSameAs(first);
  }

  @Test
  void neverHandsOutOneArrayTwiceAtOnce() {
    ScratchBuffers buffers = new ScratchBuffers(2);
    byte[] array = buffers.acquire(10);
    buffers.release(array);

    assertThat(buffers.acquire(10)).isSameAs(array);
    assertThat(buffers.acquire(10)).isNotSameAs(array);
  }

  @Test
  void doesNotPoolArraysLargerThanItsLimit() {
    ScratchBuffers buffers = new ScratchBuffers(2);
    byte[] large = buffers.acquire(ScratchBuffers.MAX_POOLED + 1);
    assertThat(large).hasSize(ScratchBuffers.MAX_POOLED + 1);
    buffers.release(large);

    assertThat(buffers.acquire(ScratchBuffers.MAX_POOLED + 1)).isNotSameAs(large);
  }

  @Test
  void rejectsAPoolWithoutSlots() {
    assertThatThrownBy(() -> new ScratchBuffers(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
