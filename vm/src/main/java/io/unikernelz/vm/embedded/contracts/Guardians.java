package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Method;
import java.util.List;

/** The send-side rules of NominateGuardians and ProposeAdministrator, identical on the bridge and liquidity contracts. */
final class Guardians {
    private Guardians() {}

    /** At least {@link ContractParameters#minGuardians()} guardians ({@code ErrInvalidGuardians}), none zero. */
    static AccountBlock validateNomination(Method method, AccountBlock block, ContractParameters params) {
        List<Address> guardians = Calls.decode(method, block.data()).list("guardians", Address.class);
        Calls.requireNoAmount(block);
        if (guardians.size() < params.minGuardians()) throw VmErrors.INVALID_GUARDIANS.exception();
        for (Address g : guardians) {
            if (g.isZero()) throw VmErrors.FORBIDDEN_PARAM.exception();
        }
        return Calls.withData(block, method.encode(guardians));
    }

    /** A non-zero proposed administrator. */
    static AccountBlock validateProposal(Method method, AccountBlock block) {
        Address proposed = Calls.decode(method, block.data()).address("address");
        Calls.requireNoAmount(block);
        if (proposed.isZero()) throw VmErrors.FORBIDDEN_PARAM.exception();
        return Calls.withData(block, method.encode(proposed));
    }
}
