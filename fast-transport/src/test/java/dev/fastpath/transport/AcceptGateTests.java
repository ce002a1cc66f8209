package dev.fastpath.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.TransportListener;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate on an {@link EmbeddedChannel} standing in for a listener: accepted children arrive as reads,
 * the ones it lets through come out as inbound messages.
 */
class AcceptGateTests {

  private final List<RejectionReason> rejections = new ArrayList<>();

  private final TransportListener listener = new TransportListener() {
    @Override
    public void requestRejected(RejectionReason reason) {
      AcceptGateTests.this.rejections.add(reason);
    }
  };

  @Test
  void pausesTheListenerAtTheLimitAndResumesWhenAConnectionCloses() {
    AcceptGate gate = new AcceptGate(2, this.listener);
    EmbeddedChannel listenerChannel = listenerWith(gate);
    EmbeddedChannel first = new EmbeddedChannel();
    listenerChannel.writeInbound(first, new EmbeddedChannel());
    assertThat(gate.accepting()).isFalse();
    assertThat(listenerChannel.config().isAutoRead()).isFalse();

    first.close();
    assertThat(gate.accepting()).isTrue();
    assertThat(listenerChannel.config().isAutoRead()).isTrue();
    assertThat(gate.active()).isEqualTo(1);
  }

  @Test
  void holdsAConnectionThatSlipsPastThePauseAndAdmitsItWhenASlotFrees() {
    AcceptGate gate = new AcceptGate(2, this.listener);
    EmbeddedChannel listenerChannel = listenerWith(gate);
    EmbeddedChannel first = new EmbeddedChannel();
    EmbeddedChannel second = new EmbeddedChannel();
    EmbeddedChannel slipped = new EmbeddedChannel();
    listenerChannel.writeInbound(first, second, slipped);

    assertThat(listenerChannel.inboundMessages()).containsExactly(first, second);
    listenerChannel.inboundMessages().clear();
    assertThat(slipped.isOpen()).isTrue();
    assertThat(gate.active()).isEqualTo(2);
    assertThat(gate.total()).isEqualTo(2);
    assertThat(this.rejections).isEmpty();

    first.close();
    listenerChannel.runPendingTasks();
    assertThat(listenerChannel.inboundMessages()).containsExactly(slipped);
    assertThat(gate.active()).isEqualTo(2);
    assertThat(gate.total()).isEqualTo(3);
    assertThat(gate.accepting()).isFalse();
  }

  @Test
  void closesWhatSlipsPastBeyondTheHeldAllowance() {
    AcceptGate gate = new AcceptGate(1, this.listener);
    EmbeddedChannel listenerChannel = listenerWith(gate);
    listenerChannel.writeInbound(new EmbeddedChannel());
    for (int i = 0; i < AcceptGate.MAX_HELD; i++) {
      listenerChannel.writeInbound(new EmbeddedChannel());
    }
    EmbeddedChannel overflow = new EmbeddedChannel();
    listenerChannel.writeInbound(overflow);

    assertThat(overflow.isOpen()).isFalse();
    assertThat(this.rejections).containsExactly(RejectionReason.CONNECTION_LIMIT);
  }

  @Test
  void closesHeldConnectionsOnShutdown() {
    AcceptGate gate = new AcceptGate(1, this.listener);
    EmbeddedChannel listenerChannel = listenerWith(gate);
    EmbeddedChannel admitted = new EmbeddedChannel();
    EmbeddedChannel held = new EmbeddedChannel();
    listenerChannel.writeInbound(admitted, held);
    List<String> idle = new ArrayList<>();

    gate.close(() -> idle.add("idle"));
    assertThat(held.isOpen()).isFalse();
    assertThat(idle).isEmpty();
    admitted.close();
    assertThat(idle).containsExactly("idle");
  }

  private static EmbeddedChannel listenerWith(AcceptGate gate) {
    EmbeddedChannel listenerChannel = new EmbeddedChannel(gate);
    gate.addListener(listenerChannel);
    return listenerChannel;
  }
}
