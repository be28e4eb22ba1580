package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.GoStrings;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.Spork;
import java.util.Objects;
import java.util.Optional;

/** Rules and state access shared by the Spork contract's methods (go-zenon implementation/spork.go, definition/spork.go). */
public final class SporkSupport {
    /** Momentums between activation and enforcement (SporkMinHeightDelay). */
    public static final long MIN_HEIGHT_DELAY = 6;
    public static final int NAME_MIN_LENGTH = 5;
    public static final int NAME_MAX_LENGTH = 40;
    public static final int DESCRIPTION_MAX_LENGTH = 400;

    /**
     * The community spork address and the frontier heights {@code [startHeight, endHeight)} in which it may create
     * and activate sporks (go-zenon types.CommunitySporkAddress, CommunitySporkAddressStartHeight/EndHeight).
     * Constants on every network; go-zenon's tests replace them, so the methods take them as a value.
     */
    public record CommunityWindow(Address address, long startHeight, long endHeight) {
        /** z1qqvwzz2xq7q5gwk6uhcddgrpxlfcyzc8rsu82s for heights 10 109 240 (2025-04-16) to 13 243 712 (2026-04-16). */
        public static final CommunityWindow MAINNET = new CommunityWindow(Address.COMMUNITY_SPORK, 10_109_240L, 13_243_712L);

        public CommunityWindow {
            Objects.requireNonNull(address, "address");
        }

        /** Whether a frontier momentum at {@code height} lies inside the window (heights compare unsigned, as uint64). */
        public boolean isOpenAt(long height) {
            return Long.compareUnsigned(height, startHeight) >= 0 && Long.compareUnsigned(height, endHeight) < 0;
        }
    }

    private SporkSupport() {}

    /** go-zenon's sender rule: the genesis spork address or the community spork address. */
    static void requireSporkSender(AccountVmContext context, CommunityWindow community, Address sender) {
        if (!sender.equals(context.parameters().sporkAddress()) && !sender.equals(community.address())) {
            throw VmErrors.PERMISSION_DENIED.exception();
        }
    }

    /** go-zenon checkCommunitySporkAddressValidity, applied only when the community address is the sender. */
    static void requireOpenCommunityWindow(AccountVmContext context, CommunityWindow community, Address sender) {
        if (sender.equals(community.address()) && !community.isOpenAt(context.frontierMomentum().height())) {
            throw VmErrors.PERMISSION_DENIED.exception();
        }
    }

    /** go-zenon checkSporkMetaDataStatic: name 5–40 bytes, description at most 400 bytes. */
    static void checkMetadata(String name, String description) {
        int nameLength = GoStrings.byteLength(name);
        if (nameLength < NAME_MIN_LENGTH || nameLength > NAME_MAX_LENGTH) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (GoStrings.byteLength(description) > DESCRIPTION_MAX_LENGTH) throw VmErrors.FORBIDDEN_PARAM.exception();
    }

    /** The stored spork with {@code id}, if any (go-zenon GetSporkInfoById; empty data counts as absent). */
    public static Optional<Spork> spork(StateReader storage, Hash id) {
        byte[] value = storage.get(Spork.key(id));
        if (value == null || value.length == 0) return Optional.empty();
        return Optional.of(Spork.decodeValue(value));
    }

    /** A spork as go-zenon logs its {@code *definition.Spork} ({@code %+v} of a pointer). */
    static String format(Spork s) {
        return GoFormat.pointer(GoFormat.struct("Id", s.id(), "Name", s.name(), "Description", s.description(),
                "Activated", s.activated(), "EnforcementHeight", Long.toUnsignedString(s.enforcementHeight())));
    }

    /** A {@link NomException}'s go-zenon error, for the {@code reason} of a log line. */
    static Object reason(NomException e) {
        return e.error();
    }
}
