package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.util.List;
import java.util.Optional;

/** Token contract storage access (go-zenon definition/token.go). */
public final class TokenState {
    private TokenState() {}

    /** The token's record; empty if no such token was issued (go-zenon GetTokenInfo → ErrDataNonExistent). */
    public static Optional<TokenInfo> tokenInfo(StateReader storage, TokenStandard zts) {
        byte[] key = TokenInfo.key(zts);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(TokenInfo.decode(key, value)) : Optional.empty();
    }

    /** Every token in key (token standard byte) order. */
    public static List<TokenInfo> all(StateReader storage) {
        return storage.entries(new byte[] {(byte) TokenInfo.PREFIX}).stream()
                .filter(e -> e.value().length > 0)
                .map((StateEntry e) -> TokenInfo.decode(e.key(), e.value()))
                .toList();
    }

    static void save(State storage, TokenInfo info) {
        storage.put(info.storageKey(), info.encodeValue());
    }
}
