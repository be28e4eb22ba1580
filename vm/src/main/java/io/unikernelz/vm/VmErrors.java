package io.unikernelz.vm;

/**
 * go-zenon's VM error values (vm/constants/errors.go) with their exact messages: receive failures are reported by
 * message (RPC, logs), so the texts must match byte for byte. Names keep go-zenon's identifiers, including the two
 * without the {@code Err} prefix ({@code RevokeNotDue}, {@code ReclaimNotDue}).
 */
public final class VmErrors {
    private VmErrors() {}

    public static final NomError VM_RUN_PANIC = new NomError("ErrVmRunPanic", "supervisor - VM panic");

    // Common
    public static final NomError NOTHING_TO_WITHDRAW = new NomError("ErrNothingToWithdraw", "nothing to withdraw");
    public static final NomError NOT_ENOUGH_DEPOSITED_QSR = new NomError("ErrNotEnoughDepositedQsr", "not enough deposited Qsr");
    public static final NomError INVALID_TOKEN_OR_AMOUNT = new NomError("ErrInvalidTokenOrAmount", "invalid token or amount");
    public static final NomError NOT_CONTRACT_ADDRESS = new NomError("ErrNotContractAddress", "not a contract address");
    public static final NomError CONTRACT_DOESNT_EXIST = new NomError("ErrContractDoesntExist", "contract doesn't exist");
    public static final NomError CONTRACT_METHOD_NOT_FOUND = new NomError("ErrContractMethodNotFound", "method not found in the abi");
    public static final NomError DATA_NON_EXISTENT = new NomError("ErrDataNonExistent", "data non existent");
    public static final NomError UNPACK_ERROR = new NomError("ErrUnpackError", "invalid unpack method data");
    public static final NomError INSUFFICIENT_BALANCE = new NomError("ErrInsufficientBalance", "insufficient balance for transfer");
    public static final NomError PERMISSION_DENIED = new NomError("ErrPermissionDenied", "address cannot call this method");
    public static final NomError INVALID_ARGUMENTS = new NomError("ErrInvalidArguments", "invalid arguments");
    public static final NomError INVALID_B64_DECODE = new NomError("ErrInvalidB64Decode", "invalid b64 decode");
    public static final NomError FORBIDDEN_PARAM = new NomError("ErrForbiddenParam", "forbidden parameter");
    public static final NomError NOT_ENOUGH_SLOTS = new NomError("ErrNotEnoughSlots", "not enough slots left");

    // Common - update contract state
    public static final NomError UPDATE_TOO_RECENT = new NomError("ErrUpdateTooRecent", "last update was too recent");
    public static final NomError EPOCH_UPDATE_TOO_RECENT = new NomError("ErrEpochUpdateTooRecent", "epoch update was too recent");

    // Accelerator
    public static final NomError ACCELERATOR_ENDED = new NomError("ErrAcceleratorEnded", "accelerator period ended");
    public static final NomError ACCELERATOR_INVALID_FUNDS = new NomError("ErrAcceleratorInvalidFunds", "invalid accelerator funds");
    public static final NomError INVALID_DESCRIPTION = new NomError("ErrInvalidDescription", "invalid description");

    // Pillar
    public static final NomError INVALID_NAME = new NomError("ErrInvalidName", "invalid name");
    public static final NomError NOT_UNIQUE = new NomError("ErrNotUnique", "name or producing address not unique");
    public static final NomError NOT_ACTIVE = new NomError("ErrNotActive", "pillar is not active");

    // Token
    public static final NomError ID_NOT_UNIQUE = new NomError("ErrIDNotUnique", "there is another token with the same id");
    public static final NomError TOKEN_INVALID_TEXT = new NomError("ErrTokenInvalidText", "invalid token name/symbol/domain/decimals");
    public static final NomError TOKEN_INVALID_AMOUNT = new NomError("ErrTokenInvalidAmount", "invalid token total/max supply");

    // Stake
    public static final NomError REVOKE_NOT_DUE = new NomError("RevokeNotDue", "staking period still active");
    public static final NomError INVALID_STAKING_PERIOD = new NomError("ErrInvalidStakingPeriod", "invalid staking period");

    // Plasma
    public static final NomError BLOCK_PLASMA_LIMIT_REACHED = new NomError("ErrBlockPlasmaLimitReached", "plasma limit for account-block reached");
    public static final NomError NOT_ENOUGH_PLASMA = new NomError("ErrNotEnoughPlasma", "not enough plasma on account");
    public static final NomError NOT_ENOUGH_TOTAL_PLASMA = new NomError("ErrNotEnoughTotalPlasma", "not enough TotalPlasma provided for account-block (PoW + Fused)");

    // Swap
    public static final NomError INVALID_SWAP_CODE = new NomError("ErrInvalidSwapCode", "invalid swap code");
    public static final NomError INVALID_SIGNATURE = new NomError("ErrInvalidSignature", "invalid secp256k1 signature");

    // Sentinel
    public static final NomError ALREADY_REVOKED = new NomError("ErrAlreadyRevoked", "sentinel is already revoked");
    public static final NomError ALREADY_REGISTERED = new NomError("ErrAlreadyRegistered", "sentinel is already registered");

    // Spork
    public static final NomError ALREADY_ACTIVATED = new NomError("ErrAlreadyActivated", "spork is already activated");

    // Htlc
    public static final NomError RECLAIM_NOT_DUE = new NomError("ReclaimNotDue", "entry is not expired");
    public static final NomError INVALID_HASH_TYPE = new NomError("ErrInvalidHashType", "invalid hash type");
    public static final NomError INVALID_HASH_DIGEST = new NomError("ErrInvalidHashDigest", "invalid hash digest");
    public static final NomError INVALID_PREIMAGE = new NomError("ErrInvalidPreimage", "invalid preimage");
    public static final NomError INVALID_EXPIRATION_TIME = new NomError("ErrInvalidExpirationTime", "invalid expiration time");
    public static final NomError EXPIRED = new NomError("ErrExpired", "expired");

    // Bridge
    public static final NomError UNKNOWN_NETWORK = new NomError("ErrUnknownNetwork", "unknown network");
    public static final NomError INVALID_TO_ADDRESS = new NomError("ErrInvalidToAddress", "invalid destination address");
    public static final NomError BRIDGE_NOT_INITIALIZED = new NomError("ErrBridgeNotInitialized", "bridge info is not initialized");
    public static final NomError ORCHESTRATOR_NOT_INITIALIZED = new NomError("ErrOrchestratorNotInitialized", "orchestrator info is not initialized");
    public static final NomError TOKEN_NOT_BRIDGEABLE = new NomError("ErrTokenNotBridgeable", "token not bridgeable");
    public static final NomError NOT_GUARDIAN = new NomError("ErrNotGuardian", "sender is not a guardian");
    public static final NomError TOKEN_NOT_REDEEMABLE = new NomError("ErrTokenNotRedeemable", "token not redeemable");
    public static final NomError BRIDGE_HALTED = new NomError("ErrBridgeHalted", "bridge is halted");
    public static final NomError INVALID_REDEEM_PERIOD = new NomError("ErrInvalidRedeemPeriod", "invalid redeem period");
    public static final NomError INVALID_REDEEM_REQUEST = new NomError("ErrInvalidRedeemRequest", "invalid request");
    public static final NomError INVALID_TRANSACTION_HASH = new NomError("ErrInvalidTransactionHash", "invalid transaction hash");
    public static final NomError INVALID_NETWORK_NAME = new NomError("ErrInvalidNetworkName", "invalid network name");
    public static final NomError INVALID_CONTRACT_ADDRESS = new NomError("ErrInvalidContractAddress", "invalid contract address");
    public static final NomError INVALID_TOKEN = new NomError("ErrInvalidToken", "invalid token standard or token address");
    public static final NomError TOKEN_NOT_FOUND = new NomError("ErrTokenNotFound", "token not found");
    public static final NomError INVALID_EDDSA_SIGNATURE = new NomError("ErrInvalidEDDSASignature", "invalid ed25519 signature");
    public static final NomError INVALID_EDDSA_PUB_KEY = new NomError("ErrInvalidEDDSAPubKey", "invalid eddsa public key");
    public static final NomError INVALID_ECDSA_SIGNATURE = new NomError("ErrInvalidECDSASignature", "invalid secp256k1 signature");
    public static final NomError INVALID_DECOMPRESSED_ECDSA_PUB_KEY_LENGTH = new NomError("ErrInvalidDecompressedECDSAPubKeyLength", "invalid decompressed secp256k1 public key length");
    public static final NomError INVALID_COMPRESSED_ECDSA_PUB_KEY_LENGTH = new NomError("ErrInvalidCompressedECDSAPubKeyLength", "invalid compressed secp256k1 public key length");
    public static final NomError NOT_ALLOWED_TO_CHANGE_TSS = new NomError("ErrNotAllowedToChangeTss", "changing the tss public key is not allowed");
    public static final NomError INVALID_JSON_CONTENT = new NomError("ErrInvalidJsonContent", "metadata does not respect the JSON format");
    public static final NomError INVALID_MIN_AMOUNT = new NomError("ErrInvalidMinAmount", "invalid min amount");
    public static final NomError TIME_CHALLENGE_NOT_DUE = new NomError("ErrTimeChallengeNotDue", "time challenge not due");
    public static final NomError NOT_EMERGENCY = new NomError("ErrNotEmergency", "bridge not in emergency");
    public static final NomError INVALID_GUARDIANS = new NomError("ErrInvalidGuardians", "invalid guardians");
    public static final NomError SECURITY_NOT_INITIALIZED = new NomError("ErrSecurityNotInitialized", "security not initialized");
    public static final NomError BRIDGE_NOT_HALTED = new NomError("ErrBridgeNotHalted", "bridge not halted");

    // Liquidity
    public static final NomError INVALID_PERCENTAGES = new NomError("ErrInvalidPercentages", "invalid percentages");
    public static final NomError INVALID_REWARDS = new NomError("ErrInvalidRewards", "invalid liquidity stake rewards");

    // Raised by the VM's base-plasma rule although go-zenon declares it with the verifier errors (verifier/errors.go)
    public static final NomError AB_DATA_TOO_BIG = new NomError("ErrABDataTooBig", "account-block data field is too big");
}
