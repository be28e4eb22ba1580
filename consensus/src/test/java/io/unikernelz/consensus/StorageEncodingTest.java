package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageEncodingTest {
    private static Hash filled(int b) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) b);
        return Hash.wrap(bytes);
    }

    @Test
    void pointBytesFollowProto3Rules() {
        ConsensusPoint p = ConsensusPoint.of(filled(1), filled(2),
                Map.of("b", new ProducerDetail(1, 2, BigInteger.ZERO), "a", new ProducerDetail(0, 0, BigInteger.valueOf(0x1234))),
                BigInteger.valueOf(256));
        String expected = "0a20" + "01".repeat(32) + "1220" + "02".repeat(32) + "1a020100"
                // "a": name, no counts (zero), weight 0x1234
                + "2207" + "0a0161" + "22021234"
                // "b": name, factual 2, expected 1 as fixed32 little-endian, no weight (zero)
                + "220d" + "0a0162" + "1502000000" + "1d01000000";
        assertThat(Hex.encode(p.encode())).isEqualTo(expected);
        assertThat(ConsensusPoint.decode(p.encode())).isEqualTo(p);

        ConsensusPoint zero = ConsensusPoint.empty(filled(3));
        assertThat(Hex.encode(zero.encode())).isEqualTo("0a20" + "03".repeat(32) + "1220" + "03".repeat(32));
    }

    @Test
    void pointDecodingIsStrictAboutHashesAndTolerantOfUnknownFields() {
        assertThat(ConsensusPoint.decode(new byte[0])).isEqualTo(ConsensusPoint.empty(Hash.ZERO));
        // unknown varint field 9 is skipped
        assertThat(ConsensusPoint.decode(Hex.decode("4801"))).isEqualTo(ConsensusPoint.empty(Hash.ZERO));
        assertThatThrownBy(() -> ConsensusPoint.decode(Hex.decode("0a0101"))).isInstanceOf(ConsensusDataException.class).hasMessageContaining("prevHash");
        assertThatThrownBy(() -> ConsensusPoint.decode(Hex.decode("0a05"))).isInstanceOf(ConsensusDataException.class);
        assertThatThrownBy(() -> ConsensusPoint.decode(Hex.decode("0801"))).isInstanceOf(ConsensusDataException.class).hasMessageContaining("wire type");
    }

    @Test
    void electionDataBytes() {
        Address a = Address.fromPublicKey(new byte[] {7});
        ElectionData d = new ElectionData(List.of(a, a), List.of(new PillarDelegation("n", a, BigInteger.ZERO), new PillarDelegation("m", a, BigInteger.ONE)));
        String addr = Hex.encode(a.rawBytes());
        String expected = "0a14" + addr + "0a14" + addr
                + "1219" + "0a14" + addr + "12016e"
                + "121c" + "0a14" + addr + "12016d" + "1a0101";
        assertThat(Hex.encode(d.encode())).isEqualTo(expected);
        assertThat(ElectionData.decode(d.encode())).isEqualTo(d);
        assertThatThrownBy(() -> ElectionData.decode(Hex.decode("0a0101"))).isInstanceOf(ConsensusDataException.class).hasMessageContaining("20");
    }

    @Test
    void producerDetailRanges() {
        assertThatThrownBy(() -> new ProducerDetail(-1, 0, BigInteger.ZERO)).hasMessageContaining("uint32");
        assertThatThrownBy(() -> new ProducerDetail(0, 0x1_0000_0000L, BigInteger.ZERO)).hasMessageContaining("uint32");
        assertThat(new ProducerDetail(1, 2, BigInteger.ONE).merge(new ProducerDetail(3, 4, BigInteger.TWO))).isEqualTo(new ProducerDetail(4, 6, BigInteger.valueOf(3)));
    }
}
