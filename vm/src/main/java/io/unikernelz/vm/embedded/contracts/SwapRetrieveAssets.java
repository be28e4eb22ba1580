package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.SwapAssets;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Swap {@code RetrieveAssets(string publicKey, string signature)}: a legacy secp256k1 key holder proves ownership
 * with an "old znn-style" signature over its public key and the sending address, and receives the key's swap entry,
 * minted by the Token contract, reduced by the decay that starts after epoch 89 (go-zenon implementation/swap.go).
 */
public final class SwapRetrieveAssets implements EmbeddedMethod {
    private static final Method METHOD = Abis.SWAP.method("RetrieveAssets");
    private static final Method MINT = Abis.TOKEN.method("Mint");
    /** Epochs before the decay starts (SwapAssetDecayEpochsOffset). */
    public static final int DECAY_EPOCHS_OFFSET = 90;
    /** Epochs per decay step (SwapAssetDecayTickEpochs). */
    public static final int DECAY_TICK_EPOCHS = 30;
    /** Percent lost per decay step (SwapAssetDecayTickValuePercentage). */
    public static final int DECAY_TICK_PERCENTAGE = 10;
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** An entry's amounts after the decay of {@code epoch}. */
    public record Decayed(BigInteger znn, BigInteger qsr) {}

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_DOUBLE_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return validate(block, new VmLog.Logger(VmLog.discard()));
    }

    /** As the one-argument form, writing go-zenon's {@code contract=swap-utils-log} lines. */
    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return validate(block, context.contractLog("swap-utils-log"));
    }

    private static AccountBlock validate(AccountBlock block, VmLog.Logger signatureLog) {
        Values v = Calls.decode(METHOD, block.data());
        String publicKey = v.string("publicKey");
        String signature = v.string("signature");
        Optional<NomError> invalid = SwapSignatures.check(SwapSignatures.Operation.RETRIEVE_ASSETS, block.address(), publicKey, signature,
                signatureLog);
        if (invalid.isPresent()) throw invalid.get().exception();
        if (block.amount().signum() != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(publicKey, signature));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        String publicKey = v.string("publicKey");
        VmLog.Logger log = context.contractLog("swap");
        log.debug("swap-assets-log", "address", send.address(), "public-key", publicKey, "signature", v.string("signature"));

        byte[] key = GoBase64.decode(publicKey).orElseThrow(VmErrors.FORBIDDEN_PARAM::exception);
        SwapAssets deposit = swapAssets(context.storage(), SwapSignatures.keyIdHash(key)).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (deposit.znn().signum() == 0 && deposit.qsr().signum() == 0) throw VmErrors.DATA_NON_EXISTENT.exception();
        log.debug("deposit to withdraw", "znn", deposit.znn(), "qsr", deposit.qsr());

        long epoch = context.pillarReader().epochTicker().toTick(context.frontierMomentum().timestamp());
        Decayed paid = applyDecay(deposit.znn(), deposit.qsr(), epoch);

        List<AccountBlock> mints = new ArrayList<>(2);
        // both mints carry ZTS = ZNN and amount 0, as go-zenon builds them (hashed, so kept)
        if (paid.znn().signum() > 0) mints.add(mint(TokenStandard.ZNN, paid.znn(), send.address()));
        if (paid.qsr().signum() > 0) mints.add(mint(TokenStandard.QSR, paid.qsr(), send.address()));

        SwapAssets emptied = new SwapAssets(deposit.keyIdHash(), BigInteger.ZERO, BigInteger.ZERO);
        context.storage().put(emptied.storageKey(), emptied.encodeValue());
        return mints;
    }

    private static AccountBlock mint(TokenStandard zts, BigInteger amount, Address to) {
        return Calls.send(Address.SWAP, Address.TOKEN, BigInteger.ZERO, TokenStandard.ZNN, MINT.encode(zts, amount, to));
    }

    /** The swap entry of a key id hash, if stored (go-zenon GetSwapAssetsByKeyIdHash; empty data counts as absent). */
    public static Optional<SwapAssets> swapAssets(StateReader storage, Hash keyIdHash) {
        byte[] key = SwapAssets.key(keyIdHash);
        byte[] value = storage.get(key);
        if (value == null || value.length == 0) return Optional.empty();
        return Optional.of(SwapAssets.decode(key, value));
    }

    /**
     * go-zenon ApplyDecay: the whole entry before epoch 90, then 10 % less for each started 30-epoch period
     * ({@code 100 − 10 × ⌊(epoch − 89) / 30⌋} %, never below 0), each amount rounded down. The RPC applies it too.
     */
    public static Decayed applyDecay(BigInteger znn, BigInteger qsr, long epoch) {
        long percentage = 100;
        if (epoch >= DECAY_EPOCHS_OFFSET) {
            long decay = DECAY_TICK_PERCENTAGE * ((epoch - DECAY_EPOCHS_OFFSET + 1) / DECAY_TICK_EPOCHS);
            percentage = decay > 100 ? 0 : 100 - decay;
        }
        BigInteger factor = BigInteger.valueOf(percentage);
        return new Decayed(znn.multiply(factor).divide(HUNDRED), qsr.multiply(factor).divide(HUNDRED));
    }
}
