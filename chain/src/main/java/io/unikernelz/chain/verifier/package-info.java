/**
 * go-zenon's verifier: the rules an account block must pass before and after execution and a momentum before and
 * after application, with go-zenon's error values ({@link io.unikernelz.chain.verifier.VerifierErrors}). Rules that
 * go-zenon switches on at a height are grouped per activation in {@link io.unikernelz.chain.verifier.RuleSet}s,
 * picked by a {@link io.unikernelz.chain.verifier.RuleSchedule}.
 */
package io.unikernelz.chain.verifier;
