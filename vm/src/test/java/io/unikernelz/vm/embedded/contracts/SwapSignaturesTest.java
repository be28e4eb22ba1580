package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER1;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER2;
import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwapSignaturesTest {
    /** go-zenon vm/embedded/tests/swap_test.go: User1's retrieve-assets signature with the Secp1 key. */
    private static final String GO_ZENON_SIGNATURE = "H69GQoKobYElK9HC356X9ot+t8TEoUmHcbIqUkWpk7mpDtuy8PvQtNLArKuYp+eu8giJZneBLM4h1AoxTgwl5g0=";
    private static final VmLog.Logger NO_LOG = new VmLog.Logger(VmLog.discard());

    @Test
    void goZenonSignatureVerifies() {
        assertThat(SwapSignatures.check(SwapSignatures.Operation.RETRIEVE_ASSETS, USER1, Secp256k1TestSigner.SECP1_PUBLIC_B64,
                GO_ZENON_SIGNATURE, NO_LOG)).isEmpty();
        // the same signature does not authorise another address or operation
        assertThat(SwapSignatures.check(SwapSignatures.Operation.RETRIEVE_ASSETS, USER2, Secp256k1TestSigner.SECP1_PUBLIC_B64,
                GO_ZENON_SIGNATURE, NO_LOG)).contains(VmErrors.INVALID_SIGNATURE);
        assertThat(SwapSignatures.check(SwapSignatures.Operation.RETRIEVE_LEGACY_PILLAR, USER1, Secp256k1TestSigner.SECP1_PUBLIC_B64,
                GO_ZENON_SIGNATURE, NO_LOG)).contains(VmErrors.INVALID_SIGNATURE);
    }

    @Test
    void theTestSignerReproducesGoZenonsDeterministicSignature() {
        assertThat(Secp256k1TestSigner.sign(SwapSignatures.Operation.RETRIEVE_ASSETS, USER1, Secp256k1TestSigner.SECP1_PRIVATE,
                Secp256k1TestSigner.SECP1_PUBLIC_B64)).isEqualTo(GO_ZENON_SIGNATURE);
    }

    @Test
    void keyIdHashOfTheGoZenonTestKey() {
        byte[] pub = Base64.getDecoder().decode(Secp256k1TestSigner.SECP1_PUBLIC_B64);
        assertThat(SwapSignatures.keyIdHash(pub)).isEqualTo(Hash.parse("c955c2b650452d670179068995a51132463e2d13f7519d64ff283af99dd14b43"));
    }

    @Test
    void malformedInputsAndTheirErrors() {
        String pub = Secp256k1TestSigner.SECP1_PUBLIC_B64;
        var op = SwapSignatures.Operation.RETRIEVE_ASSETS;
        List<String> lines = new ArrayList<>();
        VmLog.Logger log = new VmLog.Logger(r -> lines.add(r.message() + " " + r.context()), "contract", "swap-utils-log");

        assertThat(SwapSignatures.check(op, USER1, "not base64!", GO_ZENON_SIGNATURE, log)).contains(VmErrors.INVALID_B64_DECODE);
        assertThat(SwapSignatures.check(op, USER1, pub.substring(0, pub.length() - 1), GO_ZENON_SIGNATURE, log)).contains(VmErrors.INVALID_B64_DECODE);
        assertThat(SwapSignatures.check(op, USER1, Base64.getEncoder().encodeToString(new byte[64]), GO_ZENON_SIGNATURE, log))
                .contains(VmErrors.INVALID_B64_DECODE);
        assertThat(SwapSignatures.check(op, USER1, pub, "***", log)).contains(VmErrors.INVALID_B64_DECODE);
        assertThat(SwapSignatures.check(op, USER1, pub, Base64.getEncoder().encodeToString(new byte[64]), log)).contains(VmErrors.INVALID_SIGNATURE);
        byte[] sig = Base64.getDecoder().decode(GO_ZENON_SIGNATURE);
        sig[0] = 40; // recovery id 9
        assertThat(SwapSignatures.check(op, USER1, pub, Base64.getEncoder().encodeToString(sig), log)).contains(VmErrors.INVALID_SIGNATURE);
        byte[] zeroR = Base64.getDecoder().decode(GO_ZENON_SIGNATURE);
        java.util.Arrays.fill(zeroR, 1, 33, (byte) 0);
        assertThat(SwapSignatures.check(op, USER1, pub, Base64.getEncoder().encodeToString(zeroR), log)).contains(VmErrors.INVALID_SIGNATURE);
        // Go's decoder skips line breaks
        String wrapped = GO_ZENON_SIGNATURE.substring(0, 10) + "\r\n" + GO_ZENON_SIGNATURE.substring(10);
        assertThat(SwapSignatures.check(op, USER1, pub, wrapped, log)).isEmpty();

        assertThat(lines).startsWith(
                "swap-utils-error [contract, swap-utils-log, reason, malformed-pubKey]",
                "swap-utils-error [contract, swap-utils-log, reason, malformed-pubKey]",
                "swap-utils-error [contract, swap-utils-log, reason, invalid-pubKey-length]",
                "swap-utils-error [contract, swap-utils-log, reason, malformed-signature]",
                "swap-utils-error [contract, swap-utils-log, reason, invalid-signature-length]");
        assertThat(lines.get(5)).startsWith("swap-utils-log [contract, swap-utils-log, expected-message, 0x");
        assertThat(lines).contains("swap-utils-error [contract, swap-utils-log, reason, invalid signature recovery id]",
                "swap-utils-error [contract, swap-utils-log, reason, recovery failed]");
    }

    @Test
    void goBase64Rules() {
        assertThat(GoBase64.decode("")).contains(new byte[0]);
        assertThat(GoBase64.decode("QQ==")).contains(new byte[] {'A'});
        assertThat(GoBase64.decode("QUI=")).contains(new byte[] {'A', 'B'});
        assertThat(GoBase64.decode("QUJD")).contains(new byte[] {'A', 'B', 'C'});
        assertThat(GoBase64.decode("QR==")).contains(new byte[] {'A'}); // trailing bits are not checked
        assertThat(GoBase64.decode("Q\nQ=\r=")).contains(new byte[] {'A'});
        assertThat(GoBase64.decode("QQ")).isEmpty(); // padding is required
        assertThat(GoBase64.decode("Q===")).isEmpty();
        assertThat(GoBase64.decode("QQ=A")).isEmpty();
        assertThat(GoBase64.decode("QQ==QQ==")).isEmpty();
        assertThat(GoBase64.decode("QQ ==")).isEmpty();
        assertThat(GoBase64.decode("Q-_A")).isEmpty();
    }
}
