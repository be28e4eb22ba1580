package io.unikernelz.chain.verifier;

import io.unikernelz.core.proto.ProtoFormatException;
import io.unikernelz.store.StoreException;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import java.util.function.Supplier;

/**
 * Every error value of go-zenon's verifier (verifier/errors.go), with go-zenon's exact names and messages, plus the
 * few unnamed errors the momentum content check builds on the fly. Wallets and the RPC surface show these texts, so
 * they are kept verbatim — typos included.
 */
public final class VerifierErrors {
    private VerifierErrors() {}

    private static NomError e(String name, String message) {
        return new NomError(name, message);
    }

    public static final NomError INTERNAL = e("ErrVerifierInternal", "internal error while verifying");

    // ---- account blocks
    public static final NomError AB_VERSION_MISSING = e("ErrABVersionMissing", "account-block version is missing");
    public static final NomError AB_VERSION_INVALID = e("ErrABVersionInvalid", "account-block version is invalid");
    public static final NomError AB_CHAIN_IDENTIFIER_MISSING = e("ErrABChainIdentifierMissing", "account-block chain-identifier is missing");
    public static final NomError AB_CHAIN_IDENTIFIER_MISMATCH =
            e("ErrABChainIdentifierMismatch", "account-block chain-identifier mismatch (belongs to another chain)");
    public static final NomError AB_TYPE_INVALID_EXTERNAL =
            e("ErrABTypeInvalidExternal", "account-block type is invalid (batched blocks should not exist as stand-alone)");
    public static final NomError AB_TYPE_MISSING = e("ErrABTypeMissing", "account-block type is missing");
    public static final NomError AB_TYPE_MUST_NOT_BE_GENESIS = e("ErrABTypeMustNotBeGenesis", "account-block type must not be genesis");
    public static final NomError AB_TYPE_UNSUPPORTED = e("ErrABTypeUnsupported", "account-block type is not supported");
    public static final NomError AB_TYPE_MUST_BE_CONTRACT = e("ErrABTypeMustBeContract", "account-block type is not suitable for contracts");
    public static final NomError AB_TYPE_MUST_BE_USER = e("ErrABTypeMustBeUser", "account-block type is not suitable for user-blocks");
    public static final NomError AB_M_HEIGHT_MISSING = e("ErrABMHeightMissing", "account-block height must be higher than 0");
    public static final NomError AB_PREV_HEIGHT_EXISTS = e("ErrABPrevHeightExists", "account-block prevHeight is cemented but has different hash");
    public static final NomError AB_PREV_HAS_CEMENTED_ON_TOP =
            e("ErrABPrevHasCementedOnTop", "account-block prevHash exists but it has a cemented block on top of it");
    public static final NomError AB_PREV_HASH_MISSING = e("ErrABPrevHashMissing", "account-block prevHash must not be zero");
    public static final NomError AB_PREV_HASH_MUST_BE_ZERO = e("ErrABPrevHashMustBeZero", "account-block prevHash must be zero");
    public static final NomError AB_AMOUNT_NEGATIVE = e("ErrABAmountNegative", "account-block amount can't be negative");
    public static final NomError AB_AMOUNT_TOO_BIG = e("ErrABAmountTooBig", "account-block amount is too big");
    public static final NomError AB_AMOUNT_MUST_BE_ZERO = e("ErrABAmountMustBeZero", "account-block amount must be zero");
    public static final NomError AB_ZTS_MISSING = e("ErrABZtsMissing", "account-block zts is missing (non-zero amount)");
    public static final NomError AB_ZTS_MUST_BE_ZERO = e("ErrABZtsMustBeZero", "account-block zts must be zero");
    public static final NomError AB_TO_ADDRESS_MUST_BE_ZERO = e("ErrABToAddressMustBeZero", "account-block to-address must be zero");
    public static final NomError AB_HASH_MISSING = e("ErrABHashMissing", "account-block hash must not be zero");
    public static final NomError AB_HASH_INVALID = e("ErrABHashInvalid", "account-block hash is different than the one computed");
    /** Declared by the verifier but raised by the VM's base-plasma computation (vm/plasma.go). */
    public static final NomError AB_DATA_TOO_BIG = e("ErrABDataTooBig", "account-block data field is too big");
    public static final NomError AB_PUBLIC_KEY_WRONG_ADDRESS =
            e("ErrABPublicKeyWrongAddress", "account-block publicKey doesn't correspond to the address");
    public static final NomError AB_PUBLIC_KEY_MISSING = e("ErrABPublicKeyMissing", "account-block publicKey is missing");
    public static final NomError AB_PUBLIC_KEY_MUST_BE_ZERO = e("ErrABPublicKeyMustBeZero", "account-block publicKey must be zero");
    public static final NomError AB_SIGNATURE_INVALID = e("ErrABSignatureInvalid", "account-block signature is invalid");
    public static final NomError AB_SIGNATURE_MISSING = e("ErrABSignatureMissing", "account-block signature is missing");
    public static final NomError AB_SIGNATURE_MUST_BE_ZERO = e("ErrABSignatureMustBeZero", "account-block signature must be zero");
    public static final NomError AB_POW_INVALID = e("ErrABPoWInvalid", "account-block nonce/difficulty is invalid");
    public static final NomError AB_DESCENDANT_MUST_BE_ZERO = e("ErrABDescendantMustBeZero", "account-block descendant blocks must be empty");
    public static final NomError AB_DESCENDANT_VERIFY =
            e("ErrABDescendantVerify", "account-block descendant block failed to pass verifications");
    public static final NomError AB_PREVIOUS_MISSING = e("ErrABPreviousMissing", "account-block previous block is missing");
    public static final NomError AB_MA_GAP =
            e("ErrABMAGap", "account-block momentum-acknowledged points to an older momentum than previous");
    public static final NomError AB_MA_MUST_BE_THE_SAME =
            e("ErrABMAMustBeTheSame", "account-block momentum-acknowledged must have the same value for batched blocks");
    public static final NomError AB_MA_INVALID_FOR_AUTO_GENERATED = e("ErrABMAInvalidForAutoGenerated",
            "account-block momentum-acknowledged points to invalid momentum for auto-generated blocks");
    public static final NomError AB_MA_MISSING = e("ErrABMAMissing", "account-block momentum-acknowledged points to missing momentum");
    public static final NomError AB_MA_MUST_NOT_BE_ZERO = e("ErrABMAMustNotBeZero", "account-block momentum-acknowledged missing");
    public static final NomError AB_FROM_BLOCK_HASH_MISSING = e("ErrABFromBlockHashMissing", "account-block from-block-hash is nor provided");
    public static final NomError AB_FROM_BLOCK_HASH_MUST_BE_ZERO = e("ErrABFromBlockHashMustBeZero", "account-block from-block-hash must be zero");
    public static final NomError AB_FROM_BLOCK_MISSING = e("ErrABFromBlockMissing", "account-block from-block doesn't exist");
    public static final NomError AB_FROM_BLOCK_ALREADY_RECEIVED = e("ErrABFromBlockAlreadyReceived", "account-block from-block already received");
    public static final NomError AB_FROM_BLOCK_RECEIVER_MISMATCH = e("ErrABFromBlockReceiverMismatch", "account-block from-block receiver mismatch");
    public static final NomError AB_SEQUENCER_NOTHING =
            e("ErrABSequencerNothing", "account-block failed to pass sequencer checks. Nothing to receive");
    public static final NomError AB_SEQUENCER_NOT_NEXT =
            e("ErrABSequencerNotNext", "account-block failed to pass sequencer checks. Not next in line to receive");

    // ---- momentums
    public static final NomError M_VERSION_MISSING = e("ErrMVersionMissing", "momentum version is missing");
    public static final NomError M_VERSION_INVALID = e("ErrMVersionInvalid", "momentum version is invalid");
    public static final NomError M_CHAIN_IDENTIFIER_MISSING = e("ErrMChainIdentifierMissing", "momentum chain-identifier is missing");
    public static final NomError M_CHAIN_IDENTIFIER_MISMATCH =
            e("ErrMChainIdentifierMismatch", "momentum chain-identifier mismatch (belongs to another chain)");
    public static final NomError M_DATA_MUST_BE_ZERO = e("ErrMDataMustBeZero", "momentum data must be zero");
    public static final NomError M_CHANGES_HASH_INVALID = e("ErrMChangesHashInvalid", "momentum changes-hash is different than the one computed");
    public static final NomError M_HASH_INVALID = e("ErrMHashInvalid", "momentum hash is different than the one computed");
    public static final NomError M_CONTENT_TOO_BIG = e("ErrMContentTooBig", "momentum content is too big");
    public static final NomError M_TIMESTAMP_MISSING = e("ErrMTimestampMissing", "momentum timestamp is missing");
    public static final NomError M_TIMESTAMP_IN_THE_FUTURE =
            e("ErrMTimestampInTheFuture", "momentum timestamp is in the future (more than 10 seconds)");
    public static final NomError M_TIMESTAMP_NOT_INCREASING =
            e("ErrMTimestampNotIncreasing", "momentum timestamp is is lower than previous timestamp");
    public static final NomError M_SIGNATURE_MISSING = e("ErrMSignatureMissing", "momentum signature is missing");
    public static final NomError M_PUBLIC_KEY_MISSING = e("ErrMPublicKeyMissing", "momentum publicKey is missing");
    public static final NomError M_SIGNATURE_INVALID = e("ErrMSignatureInvalid", "momentum signature is invalid");
    public static final NomError M_PREV_HASH_MISSING = e("ErrMPrevHashMissing", "momentum prevHash must not be zero");
    public static final NomError M_NOT_GENESIS = e("ErrMNotGenesis", "momentum is not genesis-momentum");
    public static final NomError M_PRODUCER_INVALID = e("ErrMProducerInvalid", "momentum producer is invalid");
    public static final NomError M_PREVIOUS_MISSING = e("ErrMPreviousMissing", "momentum previous momentum is missing");

    // ---- go-zenon builds these with errors.Errorf (no exported value); named here so callers can tell them apart
    public static final NomError M_CONTENT_SIZE_MISMATCH = e("momentumContentSizeMismatch",
            "momentum content size is different than the size of the prefetched account-blocks");
    public static final NomError M_CONTENT_HEADER_NOT_PREFETCHED = e("momentumContentHeaderNotPrefetched",
            "momentum content header is not present in prefetched account-blocks");
    /** The detail carries go-zenon's "Expected {hash height} but got {hash height}". */
    public static final NomError M_CONTENT_GAP_IN_PREVIOUS = e("momentumContentGapInPrevious", "gap in previous");

    /** go-zenon InternalError: a store failure or an impossible state, wrapped. */
    static NomException internal(String detail) {
        return INTERNAL.exception(detail);
    }

    /** go-zenon DescendantVerifyError: the descendant's own error becomes the detail and the cause. */
    static NomException descendant(NomException cause) {
        NomException e = AB_DESCENDANT_VERIFY.exception(cause.getMessage());
        e.initCause(cause);
        return e;
    }

    /** Runs a store read, turning a corrupt or failing store into go-zenon's internal verifier error. */
    static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException | ProtoFormatException e) {
            NomException wrapped = internal(e.getMessage());
            wrapped.initCause(e);
            throw wrapped;
        }
    }
}
