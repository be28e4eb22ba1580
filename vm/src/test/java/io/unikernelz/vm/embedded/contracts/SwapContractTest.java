package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.SporkEra;
import io.unikernelz.vm.embedded.definition.SwapAssets;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors from go-zenon vm/embedded/tests/swap_test.go and chain/genesis/mock/embedded_genesis.go (Secp1/Secp2 keys). */
class SwapContractTest {
    static final Address USER1 = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    static final Address USER2 = Address.parse("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");
    static final byte[] SECP1_PRV = Hex.decode("7e412f0a36c21518519013a0f9b498f6bbd36b4c9861573e0662680d06cd2a40");
    static final String SECP1_PUB_B64 = Base64.getEncoder().encodeToString(Hex.decode(
            "047306c325fa7216723bee068c0f2ba1438217c22a0736df41434ac32ba38c04f55c8e3ef9be61377f191016df05ab0fcca8a0b9b505371101c460c59aeede6ab6"));
    static final Hash SECP1_KEY_ID = Hash.parse("c955c2b650452d670179068995a51132463e2d13f7519d64ff283af99dd14b43");
    static final byte[] SECP2_PRV = Hex.decode("d7ef0ace1c32429605291c09fe4fb3c3dc7dde472e203b29c0911e199713c66e");
    static final String SECP2_PUB_B64 = Base64.getEncoder().encodeToString(Hex.decode(
            "047e21bcfbb9bba1da40e373922d8a14c19d11bd3b58eb0c2700f29655e389e70c9291e32d929b54ae6efc04ad3e3a82c1ebd8222ccc0e29ea1c4c3fb97f80f4fe"));
    /** go-zenon SignRetrieveAssetsMessage(User1, Secp1PrvKey, Secp1PubKeyB64). */
    static final String USER1_SIGNATURE = "H69GQoKobYElK9HC356X9ot+t8TEoUmHcbIqUkWpk7mpDtuy8PvQtNLArKuYp+eu8giJZneBLM4h1AoxTgwl5g0=";
    static final String ENCODED_METHOD = "47f12c81000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000c0000000000000000000000000000000000000000000000000000000000000005842484d477779583663685a794f2b34476a4138726f554f4346384971427a626651554e4b7779756a6a4154315849342b2b6235684e33385a45426266426173507a4b6967756255464e784542784744466d7537656172593d0000000000000000000000000000000000000000000000000000000000000000000000000000005848363947516f4b6f6259456c4b39484333353658396f742b743854456f556d4863624971556b57706b376d704474757938507651744e4c41724b7559702b65753867694a5a6e65424c4d346831416f785467776c3567303d0000000000000000";
    /** The mock genesis swap entry: 15 000 ZNN and 150 000 QSR. */
    static final BigInteger ZNN = BigInteger.valueOf(1_500_000_000_000L);
    static final BigInteger QSR = BigInteger.valueOf(15_000_000_000_000L);

    final SwapRetrieveAssets method = new SwapRetrieveAssets();

    /**
     * go-zenon's test signer: libsecp256k1 signing (RFC 6979 nonce, low s) in the old znn style — header byte
     * {@code recid + 31}, then r and s — base64-encoded.
     */
    static String sign(Address address, byte[] privateKey, String publicKeyB64) {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256k1");
        ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        byte[] message = SwapSignatures.message(SwapSignatures.Operation.RETRIEVE_ASSETS, publicKeyB64, address);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, privateKey), domain));
        BigInteger[] rs = signer.generateSignature(message);
        BigInteger r = rs[0];
        BigInteger s = rs[1];
        if (s.compareTo(curve.getN().shiftRight(1)) > 0) s = curve.getN().subtract(s);
        byte[] r32 = to32(r);
        byte[] s32 = to32(s);
        byte[] publicKey = Base64.getDecoder().decode(publicKeyB64);
        for (int recid = 0; recid < 4; recid++) {
            if (SwapSignatures.recoverPublicKey(message, r32, s32, recid).filter(k -> Arrays.equals(k, publicKey)).isPresent()) {
                byte[] sig = new byte[65];
                sig[0] = (byte) (recid + 31);
                System.arraycopy(r32, 0, sig, 1, 32);
                System.arraycopy(s32, 0, sig, 33, 32);
                return Base64.getEncoder().encodeToString(sig);
            }
        }
        throw new AssertionError("no recovery id reproduces the public key");
    }

    private static byte[] to32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    static AccountBlock retrieve(Address from, String publicKey, String signature) {
        return HandBuiltContext.send(from, Address.SWAP, Abis.SWAP.encodeMethod("RetrieveAssets", publicKey, signature), "retrieve " + from);
    }

    /** The swap contract holding the mock genesis entry, with the frontier momentum in {@code epoch}. */
    static HandBuiltContext atEpoch(long epoch) {
        long time = HandBuiltContext.GENESIS_TIME + epoch * HandBuiltContext.DAY + 10;
        return HandBuiltContext.of(Address.SWAP).frontier(2 + epoch * 8640, time).storage(new SwapAssets(SECP1_KEY_ID, ZNN, QSR)).build();
    }

    static NomError error(Runnable r) {
        try {
            r.run();
        } catch (NomException e) {
            return e.error();
        }
        throw new AssertionError("expected a contract error");
    }

    @Test
    void goZenonVectors() {
        // TestSwapVerify_RetrieveAssets and TestSwap_GetKeyIdHash
        assertThat(sign(USER1, SECP1_PRV, SECP1_PUB_B64)).isEqualTo(USER1_SIGNATURE);
        assertThat(Hex.encode(Abis.SWAP.encodeMethod("RetrieveAssets", SECP1_PUB_B64, USER1_SIGNATURE))).isEqualTo(ENCODED_METHOD);
        assertThat(SwapSignatures.keyIdHash(Base64.getDecoder().decode(SECP1_PUB_B64))).isEqualTo(SECP1_KEY_ID);
        assertThat(Hex.encode(SwapSignatures.message(SwapSignatures.Operation.RETRIEVE_ASSETS, SECP1_PUB_B64, USER1)))
                .isEqualTo("205ada59ae0f7ab9902c84adc484b92928f42dfa35a802fdb2662ad9da392146");

        AccountBlock send = retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE);
        assertThat(method.validateSendBlock(send).data()).isEqualTo(Hex.decode(ENCODED_METHOD));
        // the second legacy key pair also verifies
        assertThat(method.validateSendBlock(retrieve(USER1, SECP2_PUB_B64, sign(USER1, SECP2_PRV, SECP2_PUB_B64)))).isNotNull();
    }

    @Test
    void registeredInEveryEraAtDoubleWithdrawPlasma() {
        byte[] data = Abis.SWAP.encodeMethod("RetrieveAssets", SECP1_PUB_B64, USER1_SIGNATURE);
        for (SporkEra era : SporkEra.values()) {
            assertThat(EmbeddedContracts.standard().resolve(era, Address.SWAP, data)).isInstanceOf(SwapRetrieveAssets.class);
        }
        assertThat(method.plasma()).isEqualTo(Plasma.EMBEDDED_W_DOUBLE_RESPONSE_PLASMA);
    }

    @Test
    void retrievePaysTheWholeEntryThroughTwoMintsAndEmptiesIt() {
        // TestSwap_NoDecay
        HandBuiltContext h = atEpoch(0);
        List<AccountBlock> out = method.receiveBlock(h.context, retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE));

        assertThat(out).hasSize(2);
        assertThat(out).allSatisfy(d -> {
            assertThat(d.blockType()).isEqualTo(BlockType.CONTRACT_SEND);
            assertThat(d.address()).isEqualTo(Address.SWAP);
            assertThat(d.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(d.amount()).isZero();
            assertThat(d.tokenStandard()).isEqualTo(TokenStandard.ZNN); // also on the QSR mint, as in go-zenon
        });
        assertThat(out.get(0).data()).isEqualTo(Abis.TOKEN.encodeMethod("Mint", TokenStandard.ZNN, ZNN, USER1));
        assertThat(out.get(1).data()).isEqualTo(Abis.TOKEN.encodeMethod("Mint", TokenStandard.QSR, QSR, USER1));
        assertThat(SwapRetrieveAssets.swapAssets(h.context.storage(), SECP1_KEY_ID))
                .contains(new SwapAssets(SECP1_KEY_ID, BigInteger.ZERO, BigInteger.ZERO));
        assertThat(h.logLines()).containsExactly(
                "swap-utils-log module=embedded contract=swap-utils-log expected-message=0x205ada59ae0f7ab9902c84adc484b92928f42dfa35a802fdb2662ad9da392146",
                "swap-assets-log module=embedded contract=swap address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz public-key=" + SECP1_PUB_B64
                        + " signature=" + USER1_SIGNATURE,
                "deposit to withdraw module=embedded contract=swap znn=1500000000000 qsr=15000000000000");

        // the second call finds an empty entry
        assertThat(error(() -> method.receiveBlock(h.context, retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE))))
                .isEqualTo(VmErrors.DATA_NON_EXISTENT);
    }

    @Test
    void aKeyWithoutEntryHasNothingToRetrieve() {
        HandBuiltContext h = atEpoch(0);
        AccountBlock send = retrieve(USER1, SECP2_PUB_B64, sign(USER1, SECP2_PRV, SECP2_PUB_B64));
        assertThat(error(() -> method.receiveBlock(h.context, send))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(h.context.changes().records()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,100", "89,100", "90,100", "118,100", "119,90", "148,90", "149,80", "358,20", "359,10", "388,10", "389,0", "419,0", "5000,0"})
    void decaySchedule(long epoch, long percent) {
        SwapRetrieveAssets.Decayed d = SwapRetrieveAssets.applyDecay(ZNN, QSR, epoch);
        assertThat(d.znn()).isEqualTo(ZNN.multiply(BigInteger.valueOf(percent)).divide(BigInteger.valueOf(100)));
        assertThat(d.qsr()).isEqualTo(QSR.multiply(BigInteger.valueOf(percent)).divide(BigInteger.valueOf(100)));
    }

    @Test
    void decayRoundsEachAmountDown() {
        assertThat(SwapRetrieveAssets.applyDecay(BigInteger.valueOf(19), BigInteger.valueOf(1), 119))
                .isEqualTo(new SwapRetrieveAssets.Decayed(BigInteger.valueOf(17), BigInteger.ZERO));
    }

    @Test
    void retrieveUsesTheEpochOfTheFrontierMomentum() {
        HandBuiltContext decayed = atEpoch(150);
        List<AccountBlock> out = method.receiveBlock(decayed.context, retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE));
        assertThat(out.get(0).data()).isEqualTo(Abis.TOKEN.encodeMethod("Mint", TokenStandard.ZNN, BigInteger.valueOf(1_200_000_000_000L), USER1));
        assertThat(out.get(1).data()).isEqualTo(Abis.TOKEN.encodeMethod("Mint", TokenStandard.QSR, BigInteger.valueOf(12_000_000_000_000L), USER1));

        // fully decayed: nothing is minted, yet the entry is emptied
        HandBuiltContext gone = atEpoch(400);
        assertThat(method.receiveBlock(gone.context, retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE))).isEmpty();
        assertThat(SwapRetrieveAssets.swapAssets(gone.context.storage(), SECP1_KEY_ID))
                .contains(new SwapAssets(SECP1_KEY_ID, BigInteger.ZERO, BigInteger.ZERO));
    }

    @Test
    void onlyEntriesWithQsrLeftMintOnlyQsr() {
        HandBuiltContext h = HandBuiltContext.of(Address.SWAP).storage(new SwapAssets(SECP1_KEY_ID, BigInteger.ZERO, QSR)).build();
        List<AccountBlock> out = method.receiveBlock(h.context, retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE));
        assertThat(out).singleElement().satisfies(d -> assertThat(d.data()).isEqualTo(Abis.TOKEN.encodeMethod("Mint", TokenStandard.QSR, QSR, USER1)));
    }

    @Test
    void theSignatureMustCoverTheSendingAddress() {
        HandBuiltContext h = HandBuiltContext.of(USER2).build();
        AccountBlock stolen = retrieve(USER2, SECP1_PUB_B64, USER1_SIGNATURE);
        assertThat(error(() -> method.validateSendBlock(h.context, stolen))).isEqualTo(VmErrors.INVALID_SIGNATURE);
        assertThat(h.logLines()).last().isEqualTo("swap-utils-error module=embedded contract=swap-utils-log reason=invalid-signature");
        assertThat(method.validateSendBlock(h.context, retrieve(USER2, SECP1_PUB_B64, sign(USER2, SECP1_PRV, SECP1_PUB_B64)))).isNotNull();
    }

    @Test
    void malformedInputs() {
        assertThat(error(() -> method.validateSendBlock(retrieve(USER1, "not base64!", USER1_SIGNATURE)))).isEqualTo(VmErrors.INVALID_B64_DECODE);
        assertThat(error(() -> method.validateSendBlock(retrieve(USER1, SECP1_PUB_B64, "***")))).isEqualTo(VmErrors.INVALID_B64_DECODE);
        assertThat(error(() -> method.validateSendBlock(retrieve(USER1, SECP1_PUB_B64, USER1_SIGNATURE.substring(4)))))
                .isEqualTo(VmErrors.INVALID_SIGNATURE);
        byte[] data = Abis.SWAP.encodeMethod("RetrieveAssets", SECP1_PUB_B64, USER1_SIGNATURE);
        assertThat(error(() -> method.validateSendBlock(HandBuiltContext.send(USER1, Address.SWAP, Arrays.copyOf(data, 100), "x"))))
                .isEqualTo(VmErrors.UNPACK_ERROR);
        // the amount is checked after the signature
        AccountBlock paying = HandBuiltContext.send(USER1, Address.SWAP, TokenStandard.ZNN, BigInteger.ONE, data, "y");
        assertThat(error(() -> method.validateSendBlock(paying))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        AccountBlock payingBadSig = HandBuiltContext.send(USER2, Address.SWAP, TokenStandard.ZNN, BigInteger.ONE, data, "z");
        assertThat(error(() -> method.validateSendBlock(payingBadSig))).isEqualTo(VmErrors.INVALID_SIGNATURE);
    }
}
