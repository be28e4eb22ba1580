package io.unikernelz.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.Records;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Changing any one hashed field, the public key or the signature of a real record makes verification fail. */
class TamperPropertyTest {
    private static final List<AccountBlock> BLOCKS = Records.allBlocks();
    private static final List<Momentum> MOMENTUMS = Records.momentums();

    enum BlockField {
        VERSION, CHAIN_IDENTIFIER, BLOCK_TYPE, PREVIOUS_HASH, HEIGHT, MOMENTUM_ACK_HASH, MOMENTUM_ACK_HEIGHT, ADDRESS,
        TO_ADDRESS, AMOUNT, TOKEN_STANDARD, FROM_BLOCK_HASH, DESCENDANTS, DATA, FUSED_PLASMA, DIFFICULTY, NONCE,
        PUBLIC_KEY, SIGNATURE
    }

    enum MomentumField { VERSION, CHAIN_IDENTIFIER, PREVIOUS_HASH, HEIGHT, TIMESTAMP, DATA, CONTENT, CHANGES_HASH, PUBLIC_KEY, SIGNATURE }

    @Provide
    Arbitrary<Integer> blockIndex() {
        return Arbitraries.integers().between(0, BLOCKS.size() - 1);
    }

    @Provide
    Arbitrary<Integer> momentumIndex() {
        return Arbitraries.integers().between(0, MOMENTUMS.size() - 1);
    }

    @Property(tries = 600)
    void tamperedBlockFailsVerification(@ForAll("blockIndex") int index, @ForAll BlockField field,
                                        @ForAll @Size(64) byte[] noise, @ForAll @IntRange(min = 1, max = 255) int delta) {
        AccountBlock original = BLOCKS.get(index);
        assertThat(Integrity.check(original)).isEmpty();
        AccountBlock tampered = tamper(original, field, noise, delta);
        assertThat(tampered).isNotEqualTo(original);
        assertThat(Integrity.check(tampered)).as("%s changed in %s", field, original.hash()).isPresent();
    }

    @Property(tries = 300)
    void tamperedMomentumFailsVerification(@ForAll("momentumIndex") int index, @ForAll MomentumField field,
                                           @ForAll @Size(64) byte[] noise, @ForAll @IntRange(min = 1, max = 255) int delta) {
        Momentum original = MOMENTUMS.get(index);
        Momentum.Builder b = original.toBuilder();
        switch (field) {
            case VERSION -> b.version(original.version() + delta);
            case CHAIN_IDENTIFIER -> b.chainIdentifier(original.chainIdentifier() + delta);
            case PREVIOUS_HASH -> b.previousHash(flip(original.previousHash(), delta));
            case HEIGHT -> b.height(original.height() + delta);
            case TIMESTAMP -> b.timestamp(original.timestamp() - delta);
            case DATA -> b.data(Arrays.copyOf(noise, 1 + delta % 40));
            case CONTENT -> b.content(io.unikernelz.core.nom.MomentumContent.sorted(List.of(
                    new io.unikernelz.core.types.AccountHeader(Address.fromPublicKey(noise), Hash.wrap(Arrays.copyOf(noise, 32)), delta))));
            case CHANGES_HASH -> b.changesHash(flip(original.changesHash(), delta));
            case PUBLIC_KEY -> b.publicKey(flip(original.publicKey(), delta, noise[0]));
            case SIGNATURE -> b.signature(flip(original.signature(), delta, noise[0]));
        }
        Momentum tampered = b.build();
        assertThat(tampered).isNotEqualTo(original);
        assertThat(Integrity.check(tampered)).as("%s changed in %s", field, original.hash()).isPresent();
    }

    private static AccountBlock tamper(AccountBlock o, BlockField field, byte[] noise, int delta) {
        AccountBlock.Builder b = o.toBuilder();
        switch (field) {
            case VERSION -> b.version(o.version() + delta);
            case CHAIN_IDENTIFIER -> b.chainIdentifier(o.chainIdentifier() ^ delta);
            case BLOCK_TYPE -> b.blockType(o.blockType() + delta);
            case PREVIOUS_HASH -> b.previousHash(flip(o.previousHash(), delta));
            case HEIGHT -> b.height(o.height() + delta);
            case MOMENTUM_ACK_HASH -> b.momentumAcknowledged(new HashHeight(flip(o.momentumAcknowledged().hash(), delta), o.momentumAcknowledged().height()));
            case MOMENTUM_ACK_HEIGHT -> b.momentumAcknowledged(new HashHeight(o.momentumAcknowledged().hash(), o.momentumAcknowledged().height() + delta));
            case ADDRESS -> b.address(flip(o.address(), delta));
            case TO_ADDRESS -> b.toAddress(flip(o.toAddress(), delta));
            case AMOUNT -> b.amount(o.amount().add(BigInteger.valueOf(delta)));
            case TOKEN_STANDARD -> {
                byte[] t = o.tokenStandard().bytes();
                t[delta % t.length] ^= (byte) delta;
                b.tokenStandard(TokenStandard.wrap(t));
            }
            case FROM_BLOCK_HASH -> b.fromBlockHash(flip(o.fromBlockHash(), delta));
            case DESCENDANTS -> {
                if (o.descendantBlocks().isEmpty()) {
                    b.addDescendantBlock(AccountBlock.builder().hash(Hash.wrap(Arrays.copyOf(noise, 32))).build());
                } else {
                    b.descendantBlocks(o.descendantBlocks().subList(1, o.descendantBlocks().size()));
                }
            }
            case DATA -> {
                byte[] d = o.data();
                if (d.length == 0) {
                    b.data(Arrays.copyOf(noise, 1 + delta % 64));
                } else {
                    d[delta % d.length] ^= (byte) delta;
                    b.data(d);
                }
            }
            case FUSED_PLASMA -> b.fusedPlasma(o.fusedPlasma() + delta);
            case DIFFICULTY -> b.difficulty(o.difficulty() + delta);
            case NONCE -> b.nonce(o.nonce() ^ ((long) delta << (8 * (delta % 8))));
            case PUBLIC_KEY -> b.publicKey(flip(o.publicKey(), delta, noise[0]));
            case SIGNATURE -> b.signature(o.signature() == null ? noise : flip(o.signature(), delta, noise[0]));
        }
        return b.build();
    }

    private static Hash flip(Hash h, int delta) {
        byte[] b = h.bytes();
        b[delta % b.length] ^= (byte) delta;
        return Hash.wrap(b);
    }

    private static Address flip(Address a, int delta) {
        byte[] b = a.bytes();
        b[delta % b.length] ^= (byte) delta;
        return Address.wrap(b);
    }

    /** Flips a byte of a key or signature; an absent one becomes a 32-byte key made of {@code fill}. */
    private static byte[] flip(byte[] v, int delta, byte fill) {
        if (v == null || v.length == 0) {
            byte[] key = new byte[32];
            Arrays.fill(key, fill);
            key[0] ^= (byte) delta;
            return key;
        }
        byte[] b = v.clone();
        b[delta % b.length] ^= (byte) delta;
        return b;
    }
}
