package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import io.unikernelz.vm.embedded.definition.TokenInfo;

/** Contract records as go-zenon's log lines print them ({@code %+v} of the Go structs, field order of the structs). */
final class GoStructs {
    private GoStructs() {}

    static String token(TokenInfo t) {
        return GoFormat.struct("Owner", t.owner(), "TokenName", t.tokenName(), "TokenSymbol", t.tokenSymbol(), "TokenDomain",
                t.tokenDomain(), "TotalSupply", GoFormat.signed(t.totalSupply()), "MaxSupply", GoFormat.signed(t.maxSupply()),
                "Decimals", t.decimals(), "IsMintable", t.isMintable(), "IsBurnable", t.isBurnable(), "IsUtility", t.isUtility(),
                "TokenStandard", t.tokenStandard());
    }

    static String sentinel(SentinelInfo s) {
        return GoFormat.struct("SentinelInfoKey", GoFormat.struct("Owner", s.owner()), "RegistrationTimestamp",
                s.registrationTimestamp(), "RevokeTimestamp", s.revokeTimestamp(), "ZnnAmount", GoFormat.signed(s.znnAmount()),
                "QsrAmount", GoFormat.signed(s.qsrAmount()));
    }

    static String pillarReward(Rewards.PillarEpochReward r) {
        return GoFormat.struct("DelegationReward", GoFormat.signed(r.delegationReward()), "BlockReward",
                GoFormat.signed(r.blockReward()), "TotalReward", GoFormat.signed(r.totalReward()), "ProducedBlockNum",
                r.producedBlockNum(), "ExpectedBlockNum", r.expectedBlockNum(), "Weight", GoFormat.signed(r.weight()));
    }
}
