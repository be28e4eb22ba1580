package io.unikernelz.chain.genesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link GenesisConfig} as go-zenon genesis JSON, with the key casing of go-zenon's own file (PascalCase for
 * the config and pillars, camelCase for tokens, fusions, swap, legacy entries and sporks) and amounts as JSON numbers.
 * {@link GenesisConfigReader} reads it back to an equal config.
 */
public final class GenesisConfigWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GenesisConfigWriter() {}

    public static byte[] write(GenesisConfig c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ChainIdentifier", c.chainIdentifier());
        root.put("ExtraData", c.extraData());
        root.put("GenesisTimestampSec", c.genesisTimestampSec());
        if (c.sporkAddress() != null) root.put("SporkAddress", c.sporkAddress().toString());
        if (c.pillarConfig() != null) {
            ObjectNode pc = root.putObject("PillarConfig");
            ArrayNode pillars = pc.putArray("Pillars");
            for (var p : c.pillarConfig().pillars()) {
                ObjectNode o = pillars.addObject();
                o.put("Name", p.name());
                o.put("BlockProducingAddress", p.blockProducingAddress().toString());
                o.put("StakeAddress", p.stakeAddress().toString());
                o.put("RewardWithdrawAddress", p.rewardWithdrawAddress().toString());
                o.put("Amount", p.amount());
                o.put("RegistrationTime", p.registrationTime());
                o.put("RevokeTime", p.revokeTime());
                o.put("GiveBlockRewardPercentage", p.giveBlockRewardPercentage());
                o.put("GiveDelegateRewardPercentage", p.giveDelegateRewardPercentage());
                o.put("PillarType", p.pillarType());
            }
            ArrayNode delegations = pc.putArray("Delegations");
            for (var d : c.pillarConfig().delegations()) delegations.addObject().put("Name", d.name()).put("Backer", d.backer().toString());
            ArrayNode legacy = pc.putArray("LegacyEntries");
            for (var l : c.pillarConfig().legacyEntries()) legacy.addObject().put("keyIdHash", l.keyIdHash().toString()).put("pillarCount", l.pillarCount());
        }
        if (c.tokenConfig() != null) {
            ArrayNode tokens = root.putObject("TokenConfig").putArray("Tokens");
            for (var t : c.tokenConfig().tokens()) {
                tokens.addObject()
                        .put("owner", t.owner().toString()).put("tokenName", t.tokenName()).put("tokenSymbol", t.tokenSymbol())
                        .put("tokenDomain", t.tokenDomain()).put("totalSupply", t.totalSupply()).put("maxSupply", t.maxSupply())
                        .put("decimals", t.decimals()).put("isMintable", t.isMintable()).put("isBurnable", t.isBurnable())
                        .put("isUtility", t.isUtility()).put("tokenStandard", t.tokenStandard().toString());
            }
        }
        if (c.plasmaConfig() != null) {
            ArrayNode fusions = root.putObject("PlasmaConfig").putArray("Fusions");
            for (var f : c.plasmaConfig().fusions()) {
                fusions.addObject().put("owner", f.owner().toString()).put("id", f.id().toString()).put("amount", f.amount())
                        .put("withdrawHeight", f.expirationHeight()).put("beneficiaryAddress", f.beneficiary().toString());
            }
        }
        if (c.swapConfig() != null) {
            ArrayNode entries = root.putObject("SwapConfig").putArray("Entries");
            for (var e : c.swapConfig().entries()) entries.addObject().put("keyIdHash", e.keyIdHash().toString()).put("znn", e.znn()).put("qsr", e.qsr());
        }
        if (c.sporkConfig() != null) {
            ArrayNode sporks = root.putObject("SporkConfig").putArray("Sporks");
            for (var s : c.sporkConfig().sporks()) {
                sporks.addObject().put("id", s.id().toString()).put("name", s.name()).put("description", s.description())
                        .put("activated", s.activated()).put("enforcementHeight", s.enforcementHeight());
            }
        }
        if (c.genesisBlocks() != null) {
            ArrayNode blocks = root.putObject("GenesisBlocks").putArray("Blocks");
            for (var b : c.genesisBlocks().blocks()) {
                ObjectNode o = blocks.addObject();
                o.put("Address", b.address().toString());
                ObjectNode balances = o.putObject("BalanceList");
                b.balanceList().forEach((zts, amount) -> balances.put(zts.toString(), amount));
            }
        }
        try {
            return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise genesis config", e);
        }
    }
}
