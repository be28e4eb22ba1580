package io.unikernelz.chain.genesis;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * go-zenon's GenesisConfig (chain/genesis/config.go). Optional sections are null when absent or JSON null, because
 * go-zenon distinguishes them: a present-but-empty SporkConfig still creates a Spork-contract genesis block.
 */
public record GenesisConfig(
        long chainIdentifier,
        String extraData,
        long genesisTimestampSec,
        Address sporkAddress,
        PillarConfig pillarConfig,
        TokenConfig tokenConfig,
        PlasmaConfig plasmaConfig,
        SwapConfig swapConfig,
        SporkConfig sporkConfig,
        GenesisBlocks genesisBlocks) {

    public GenesisConfig {
        extraData = extraData == null ? "" : extraData;
    }

    public record PillarConfig(List<Pillar> pillars, List<Delegation> delegations, List<LegacyEntry> legacyEntries) {
        public PillarConfig {
            pillars = List.copyOf(pillars);
            delegations = List.copyOf(delegations);
            legacyEntries = List.copyOf(legacyEntries);
        }
    }

    public record Pillar(
            String name,
            Address blockProducingAddress,
            Address stakeAddress,
            Address rewardWithdrawAddress,
            BigInteger amount,
            long registrationTime,
            long revokeTime,
            int giveBlockRewardPercentage,
            int giveDelegateRewardPercentage,
            int pillarType) {
        public Pillar {
            Objects.requireNonNull(name, "pillar Name");
            Objects.requireNonNull(blockProducingAddress, "pillar BlockProducingAddress");
            Objects.requireNonNull(stakeAddress, "pillar StakeAddress");
            Objects.requireNonNull(rewardWithdrawAddress, "pillar RewardWithdrawAddress");
            Objects.requireNonNull(amount, "pillar Amount");
        }
    }

    public record Delegation(String name, Address backer) {
        public Delegation {
            Objects.requireNonNull(name, "delegation Name");
            Objects.requireNonNull(backer, "delegation Backer");
        }
    }

    public record LegacyEntry(Hash keyIdHash, int pillarCount) {
        public LegacyEntry {
            Objects.requireNonNull(keyIdHash, "legacy entry keyIdHash");
        }
    }

    public record TokenConfig(List<Token> tokens) {
        public TokenConfig {
            tokens = List.copyOf(tokens);
        }
    }

    public record Token(
            Address owner,
            String tokenName,
            String tokenSymbol,
            String tokenDomain,
            BigInteger totalSupply,
            BigInteger maxSupply,
            int decimals,
            boolean isMintable,
            boolean isBurnable,
            boolean isUtility,
            TokenStandard tokenStandard) {
        public Token {
            Objects.requireNonNull(owner, "token owner");
            Objects.requireNonNull(tokenStandard, "token tokenStandard");
            Objects.requireNonNull(totalSupply, "token totalSupply");
            Objects.requireNonNull(maxSupply, "token maxSupply");
            tokenName = tokenName == null ? "" : tokenName;
            tokenSymbol = tokenSymbol == null ? "" : tokenSymbol;
            tokenDomain = tokenDomain == null ? "" : tokenDomain;
        }
    }

    public record PlasmaConfig(List<Fusion> fusions) {
        public PlasmaConfig {
            fusions = List.copyOf(fusions);
        }
    }

    /** A fusion entry; id zero when absent (entries with equal owner‖id overwrite each other in state). */
    public record Fusion(Address owner, Hash id, BigInteger amount, long expirationHeight, Address beneficiary) {
        public Fusion {
            Objects.requireNonNull(owner, "fusion owner");
            Objects.requireNonNull(amount, "fusion amount");
            Objects.requireNonNull(beneficiary, "fusion beneficiaryAddress");
            id = id == null ? Hash.ZERO : id;
        }
    }

    public record SwapConfig(List<SwapEntry> entries) {
        public SwapConfig {
            entries = List.copyOf(entries);
        }
    }

    /** Swap assets; znn/qsr null when missing (go-zenon's check rejects that with its own message). */
    public record SwapEntry(Hash keyIdHash, BigInteger znn, BigInteger qsr) {
        public SwapEntry {
            Objects.requireNonNull(keyIdHash, "swap entry keyIdHash");
        }
    }

    public record SporkConfig(List<Spork> sporks) {
        public SporkConfig {
            sporks = List.copyOf(sporks);
        }
    }

    public record Spork(Hash id, String name, String description, boolean activated, long enforcementHeight) {
        public Spork {
            Objects.requireNonNull(id, "spork id");
            name = name == null ? "" : name;
            description = description == null ? "" : description;
        }
    }

    public record GenesisBlocks(List<GenesisBlock> blocks) {
        public GenesisBlocks {
            blocks = List.copyOf(blocks);
        }
    }

    /** One genesis account and its balances; the map keeps the file's order but hashing never depends on it. */
    public record GenesisBlock(Address address, Map<TokenStandard, BigInteger> balanceList) {
        public GenesisBlock {
            Objects.requireNonNull(address, "genesis block Address");
            balanceList = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(balanceList));
        }
    }
}
