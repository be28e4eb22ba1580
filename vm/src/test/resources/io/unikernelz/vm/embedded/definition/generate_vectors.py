#!/usr/bin/env python3
"""Writes definition-vectors.json: storage key/value bytes of every embedded-contract state type, computed
independently of the Java code with the byte helpers of shared/protocol/repro/genesis_repro.py (which reproduces
the mainnet genesis hash) plus the layout rules of go-zenon vm/embedded/definition/*.go.

  python3 generate_vectors.py /work/shared > definition-vectors.json
"""
import hashlib, json, struct, sys

sys.path.insert(0, sys.argv[1] + '/protocol/repro')
from genesis_repro import addr, zts, sha3, word, lpad, strtail, field  # noqa: E402

def b(s): return s.encode('utf-8')
def dyn_array_static(words): return word(len(words)) + b''.join(words)
def dyn_array_dynamic(tails):
    out = word(len(tails)); off = 32 * len(tails)
    for t in tails: out += word(off); off += len(t)
    return out + b''.join(tails)
def bytestail(x): return word(len(x)) + x + b'\x00' * ((-len(x)) % 32)
def abi(args):  # [('s', 32 bytes) | ('d', tail bytes)] -> head/tail ABI encoding
    head = b''; tail = b''
    for kind, v in args:
        if kind == 's': head += v
        else: head += word(32 * len(args) + len(tail)); tail += v
    return head + tail
le8 = lambda x: struct.pack('<Q', x)
be4 = lambda x: struct.pack('>I', x)
H = lambda s: bytes.fromhex(s)
S = lambda v: ('s', v)
D = lambda v: ('d', v)

vectors = []
def vec(type_, fields, key, value):
    vectors.append({'type': type_, 'fields': fields, 'key': key.hex(), 'value': value.hex()})

A1 = 'z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz'
A2 = 'z1qqa4nkqq89pjmenx8lguv5pycxzu8xnzcd5rdl'
A3 = 'z1qr9vtwsfr2n0nsxl2nfh6l5esqjh2wfj85cfq9'
ZNN, QSR = 'zts1znnxxxxxxxxxxxxx9z4ulx', 'zts1qsrxxxxxxxxxxxxxmrhjll'
h1 = sha3(b'one').hex(); h2 = sha3(b'two').hex(); h3 = sha3(b'three').hex()

# ---- genesis types (same formulas as genesis_repro.build)
def pillar(name, prod, reward, stake, amount, reg, revoke, gb, gd, pt):
    vec('PillarInfo', dict(name=name, blockProducingAddress=prod, rewardWithdrawAddress=reward, stakeAddress=stake,
        amount=str(amount), registrationTime=reg, revokeTime=revoke, giveBlockRewardPercentage=gb,
        giveDelegateRewardPercentage=gd, pillarType=pt),
        b'\x01' + sha3(b(name)),
        abi([D(strtail(name)), S(lpad(addr(prod))), S(lpad(addr(reward))), S(lpad(addr(stake))), S(word(amount)),
             S(word(reg)), S(word(revoke)), S(word(gb)), S(word(gd)), S(word(pt))]))
pillar('Zürich-Pillar.01', A1, A2, A3, 1500000000000, 1637755200, -42, 0, 100, 2)
vec('ProducingPillar', dict(producing=A1, name='Zeus'), b'\x02' + addr(A1), abi([D(strtail('Zeus'))]))
vec('DelegationInfo', dict(backer=A2, name='Zeus'), b'\x04' + addr(A2), abi([D(strtail('Zeus'))]))
vec('LegacyPillarEntry', dict(keyIdHash=h1, pillarCount=3), b'\x03' + H(h1), abi([S(word(3))]))
vec('PillarEpochHistory', dict(name='Zeus', epoch=258, giveBlockRewardPercentage=10, giveDelegateRewardPercentage=90,
    producedBlockNum=-3, expectedBlockNum=144, weight='123456789012345678901234567890'),
    b'\x05' + le8(258) + b'Zeus', abi([S(word(10)), S(word(90)), S(word(-3)), S(word(144)), S(word(123456789012345678901234567890))]))
vec('TokenInfo', dict(tokenStandard='zts1cngarhf6zdvt7zajpdvea3', owner=A1, tokenName='Test Token', tokenSymbol='TT',
    tokenDomain='', totalSupply=str(2**255 - 1), maxSupply=str(2**255 - 1), decimals=18, isMintable=False, isBurnable=True,
    isUtility=False),
    b'\x01' + zts('zts1cngarhf6zdvt7zajpdvea3'),
    abi([S(lpad(addr(A1))), D(strtail('Test Token')), D(strtail('TT')), D(strtail('')), S(word(2**255 - 1)), S(word(2**255 - 1)),
         S(word(18)), S(word(0)), S(word(1)), S(word(0))]))
vec('FusionInfo', dict(owner=A1, id=h2, amount='1000000000', expirationHeight=2**64 - 1, beneficiary=A2),
    b'\x01' + addr(A1) + H(h2), abi([S(word(1000000000)), S(word(2**64 - 1)), S(lpad(addr(A2)))]))
vec('FusedAmount', dict(beneficiary=A2, amount='3000000000'), b'\x02' + addr(A2), abi([S(word(3000000000))]))
vec('SwapAssets', dict(keyIdHash=h3, znn='1018884', qsr='0'), H(h3), abi([S(word(1018884)), S(word(0))]))
vec('Spork', dict(id=h1, name='spork-htlc', description='activate htlc', activated=True, enforcementHeight=1234567),
    b'\x01' + H(h1), abi([S(H(h1)), D(strtail('spork-htlc')), D(strtail('activate htlc')), S(word(1)), S(word(1234567))]))

# ---- common (prefixes 0x80..0x88)
vec('RewardDeposit', dict(address=A1, znn='5', qsr='7'), b'\x80' + addr(A1), abi([S(word(5)), S(word(7))]))
vec('LastUpdate', dict(height=987654321), b'\x81', abi([S(word(987654321))]))
vec('QsrDeposit', dict(address=A2, qsr='150000000000000'), b'\x82' + addr(A2), abi([S(word(150000000000000))]))
vec('LastEpochUpdate', dict(lastEpoch=-1), b'\x83', abi([S(word(-1))]))
vec('RewardDepositHistory', dict(epoch=0x0102, address=A1, znn='11', qsr='0'), b'\x84' + addr(A1) + le8(0x0102),
    abi([S(word(11)), S(word(0))]))
vec('PillarVote', dict(id=h2, name='Zeus', vote=1), b'\x85' + H(h2) + sha3(b'Zeus')[:20],
    abi([S(H(h2)), D(strtail('Zeus')), S(word(1))]))
vec('VotableHash', dict(id=h3), b'\x86' + H(h3), abi([S(word(1))]))
vec('TimeChallengeInfo', dict(methodName='ChangeAdministrator', paramsHash=h1, challengeStartHeight=100),
    b'\x87' + sha3(b'ChangeAdministrator'), abi([D(strtail('ChangeAdministrator')), S(H(h1)), S(word(100))]))
vec('SecurityInfo', dict(guardians=[A1, A2], guardiansVotes=[A3], administratorDelay=17280, softDelay=8640), b'\x88',
    abi([D(dyn_array_static([lpad(addr(A1)), lpad(addr(A2))])), D(dyn_array_static([lpad(addr(A3))])), S(word(17280)), S(word(8640))]))

# ---- sentinel, stake, htlc
vec('SentinelInfo', dict(owner=A1, registrationTimestamp=1650000000, revokeTimestamp=0, znnAmount='500000000000',
    qsrAmount='5000000000000'), b'\x01' + addr(A1),
    abi([S(lpad(addr(A1))), S(word(1650000000)), S(word(0)), S(word(500000000000)), S(word(5000000000000))]))
vec('StakeInfo', dict(stakeAddress=A2, id=h1, amount='100000000', weightedAmount='110000000', startTime=1650000000, revokeTime=0,
    expirationTime=1652592000), b'\x01' + addr(A2) + H(h1),
    abi([S(word(100000000)), S(word(110000000)), S(word(1650000000)), S(word(0)), S(word(1652592000))]))
lock = sha3(b'preimage')
vec('HtlcInfo', dict(id=h2, timeLocked=A1, hashLocked=A2, tokenStandard=QSR, amount='42', expirationTime=1700000000, hashType=0,
    keyMaxSize=32, hashLock=lock.hex()), b'\x01' + H(h2),
    abi([S(lpad(addr(A1))), S(lpad(addr(A2))), S(lpad(zts(QSR))), S(word(42)), S(word(1700000000)), S(word(0)), S(word(32)),
         D(bytestail(lock))]))
vec('HtlcProxyUnlockInfo', dict(address=A1, allowed=False), b'\x02' + addr(A1), abi([S(word(0))]))

# ---- accelerator (iota-derived prefixes: project 12, phase 13)
vec('Project', dict(id=h1, owner=A1, name='Project X', description='Something useful', url='https://example.org',
    znnFundsNeeded='500000000000', qsrFundsNeeded='5000000000000', creationTimestamp=1650000000, lastUpdateTimestamp=1650000100,
    status=1, phaseIds=[h2, h3]), b'\x0c' + H(h1),
    abi([S(H(h1)), S(lpad(addr(A1))), D(strtail('Project X')), D(strtail('Something useful')), D(strtail('https://example.org')),
         S(word(500000000000)), S(word(5000000000000)), S(word(1650000000)), S(word(1650000100)), S(word(1)),
         D(dyn_array_static([H(h2), H(h3)]))]))
vec('Phase', dict(id=h2, projectId=h1, name='Phase 1', description='First', url='https://example.org/1', znnFundsNeeded='1',
    qsrFundsNeeded='2', creationTimestamp=1650000200, acceptedTimestamp=0, status=0), b'\x0d' + H(h2),
    abi([S(H(h2)), S(H(h1)), D(strtail('Phase 1')), D(strtail('First')), D(strtail('https://example.org/1')), S(word(1)), S(word(2)),
         S(word(1650000200)), S(word(0)), S(word(0))]))

# ---- bridge
vec('BridgeInfo', dict(administrator=A3, compressedTssECDSAPubKey='AsAQx1M3LVXCuozDOqO5b9adj/PItYgwZFG/xTDBiZzT',
    decompressedTssECDSAPubKey='BMAQx1M3LVXCuozDOqO5b9adj/PItYgwZFG/xTDBiZzTnQAT1qOPAkuPzu6yoewss9XbnTmZmb9JQNGXmkPYtK4=',
    allowKeyGen=False, halted=True, unhaltedAt=5, unhaltDurationInMomentums=2160, tssNonce=9, metadata='{}'), b'\x03',
    abi([S(lpad(addr(A3))), D(strtail('AsAQx1M3LVXCuozDOqO5b9adj/PItYgwZFG/xTDBiZzT')),
         D(strtail('BMAQx1M3LVXCuozDOqO5b9adj/PItYgwZFG/xTDBiZzTnQAT1qOPAkuPzu6yoewss9XbnTmZmb9JQNGXmkPYtK4=')),
         S(word(0)), S(word(1)), S(word(5)), S(word(2160)), S(word(9)), D(strtail('{}'))]))
vec('OrchestratorInfo', dict(windowSize=30, keyGenThreshold=4294967295, confirmationsToFinality=10, estimatedMomentumTime=10,
    allowKeyGenHeight=77), b'\x04', abi([S(word(30)), S(word(4294967295)), S(word(10)), S(word(10)), S(word(77))]))
def token_pair(tp):
    return abi([S(lpad(zts(tp['tokenStandard']))), D(strtail(tp['tokenAddress'])), S(word(int(tp['bridgeable']))),
                S(word(int(tp['redeemable']))), S(word(int(tp['owned']))), S(word(int(tp['minAmount']))),
                S(word(tp['feePercentage'])), S(word(tp['redeemDelay'])), D(strtail(tp['metadata']))])
pairs = [dict(tokenStandard=ZNN, tokenAddress='0xb2e96a63479c2edd2fd62b382c89d5ca79f572d3', bridgeable=True, redeemable=True,
              owned=True, minAmount='100000000', feePercentage=10, redeemDelay=20, metadata='{"decimals":8}'),
         dict(tokenStandard=QSR, tokenAddress='0x96546afe4a21515a3a30cd3fd64a70eb478dc174', bridgeable=False, redeemable=True,
              owned=False, minAmount='0', feePercentage=0, redeemDelay=1, metadata='{}')]
vec('NetworkInfo', dict(networkClass=2, id=1, name='Ethereum', contractAddress='0x0000000000000000000000000000000000000001',
    metadata='{"a":1}', tokenPairs=pairs), b'\x05' + be4(2) + be4(1),
    abi([S(word(2)), S(word(1)), D(strtail('Ethereum')), D(strtail('0x0000000000000000000000000000000000000001')),
         D(strtail('{"a":1}')), D(dyn_array_dynamic([bytestail(token_pair(p)) for p in pairs]))]))
vec('RequestPair', dict(id=h1, creationMomentumHeight=1234), b'\x06' + H(h1), abi([S(word(1234))]))
vec('WrapTokenRequest', dict(networkClass=2, chainId=1, id=h1, toAddress='0x0000000000000000000000000000000000000002',
    tokenStandard=ZNN, tokenAddress='0xb2e96a63479c2edd2fd62b382c89d5ca79f572d3', amount='1000', fee='1', signature='',
    creationMomentumHeight=1234), b'\x01' + b(str(2**63 - 1 - 1234)) + H(h1),
    abi([S(word(2)), S(word(1)), D(strtail('0x0000000000000000000000000000000000000002')), S(lpad(zts(ZNN))),
         D(strtail('0xb2e96a63479c2edd2fd62b382c89d5ca79f572d3')), S(word(1000)), S(word(1)), D(strtail('')), S(word(1234))]))
vec('UnwrapTokenRequest', dict(registrationMomentumHeight=99, networkClass=2, chainId=1, transactionHash=h3, logIndex=7,
    toAddress=A1, tokenAddress='0xb2e96a63479c2edd2fd62b382c89d5ca79f572d3', tokenStandard=ZNN, amount='5', signature='sig',
    redeemed=0, revoked=1), b'\x02' + H(h3) + be4(7),
    abi([S(word(99)), S(word(2)), S(word(1)), S(lpad(addr(A1))), D(strtail('0xb2e96a63479c2edd2fd62b382c89d5ca79f572d3')),
         S(lpad(zts(ZNN))), S(word(5)), D(strtail('sig')), S(word(0)), S(word(1))]))
vec('ZtsFeesInfo', dict(tokenStandard=QSR, accumulatedFee='123'), b'\x07' + zts(QSR), abi([S(word(123))]))

# ---- liquidity
tuples = [dict(tokenStandard='zts1hnzn2mjvvws4024kfysn8u', znnPercentage=5000, qsrPercentage=10000, minAmount='1000'),
          dict(tokenStandard='zts1cngarhf6zdvt7zajpdvea3', znnPercentage=5000, qsrPercentage=0, minAmount='1')]
def token_tuple(t):
    return abi([D(strtail(t['tokenStandard'])), S(word(t['znnPercentage'])), S(word(t['qsrPercentage'])), S(word(int(t['minAmount'])))])
vec('LiquidityInfo', dict(administrator=A3, isHalted=False, znnReward='187200000000', qsrReward='500000000000', tokenTuples=tuples),
    b'\x01', abi([S(lpad(addr(A3))), S(word(0)), S(word(187200000000)), S(word(500000000000)),
                  D(dyn_array_dynamic([bytestail(token_tuple(t)) for t in tuples]))]))
vec('LiquidityStakeEntry', dict(stakeAddress=A1, id=h2, amount='100', tokenStandard='zts1hnzn2mjvvws4024kfysn8u',
    weightedAmount='200', startTime=1, revokeTime=0, expirationTime=-1), b'\x02' + addr(A1) + H(h2),
    abi([S(word(100)), S(lpad(zts('zts1hnzn2mjvvws4024kfysn8u'))), S(word(200)), S(word(1)), S(word(0)), S(word(-1))]))

# ---- mainnet genesis storage per contract (formulas copied from genesis_repro.build)
cfg = json.load(open(sys.argv[1] + '/conformance/genesis/mainnet-genesis.json'))
def digest(storage):
    h = hashlib.sha3_256()
    for k, v in sorted(storage.items()):
        h.update(struct.pack('>I', len(k)) + k + struct.pack('>I', len(v)) + v)
    return {'entries': len(storage), 'digest': h.hexdigest()}
pc = field(cfg, 'PillarConfig'); st = {}
for p in field(pc, 'Pillars') or []:
    name = field(p, 'Name'); prod = addr(field(p, 'BlockProducingAddress'))
    st[b'\x01' + sha3(name.encode())] = abi([('d', strtail(name)), ('s', lpad(prod)),
        ('s', lpad(addr(field(p, 'RewardWithdrawAddress')))), ('s', lpad(addr(field(p, 'StakeAddress')))),
        ('s', word(int(field(p, 'Amount')))), ('s', word(int(field(p, 'RegistrationTime')))),
        ('s', word(int(field(p, 'RevokeTime')))), ('s', word(field(p, 'GiveBlockRewardPercentage'))),
        ('s', word(field(p, 'GiveDelegateRewardPercentage'))), ('s', word(field(p, 'PillarType')))])
    st[b'\x02' + prod] = abi([('d', strtail(name))])
for d in field(pc, 'Delegations') or []:
    st[b'\x04' + addr(field(d, 'Backer'))] = abi([('d', strtail(field(d, 'Name')))])
for l in field(pc, 'LegacyEntries') or []:
    st[b'\x03' + bytes.fromhex(field(l, 'keyIdHash'))] = abi([('s', word(field(l, 'pillarCount')))])
mainnet = {'pillar': digest(st)}
first = sorted(st.items())[0]
samples = [{'contract': 'pillar', 'key': first[0].hex(), 'value': first[1].hex()}]
st = {}
for t in field(field(cfg, 'TokenConfig'), 'Tokens') or []:
    st[b'\x01' + zts(field(t, 'tokenStandard'))] = abi([('s', lpad(addr(field(t, 'owner')))),
        ('d', strtail(field(t, 'tokenName'))), ('d', strtail(field(t, 'tokenSymbol'))), ('d', strtail(field(t, 'tokenDomain'))),
        ('s', word(int(field(t, 'totalSupply')))), ('s', word(int(field(t, 'maxSupply')))), ('s', word(field(t, 'decimals'))),
        ('s', word(int(bool(field(t, 'isMintable'))))), ('s', word(int(bool(field(t, 'isBurnable'))))),
        ('s', word(int(bool(field(t, 'isUtility')))))])
mainnet['token'] = digest(st)
samples += [{'contract': 'token', 'key': k.hex(), 'value': v.hex()} for k, v in sorted(st.items())]
st = {bytes.fromhex(field(e, 'keyIdHash')): abi([('s', word(int(field(e, 'znn')))), ('s', word(int(field(e, 'qsr'))))])
      for e in field(field(cfg, 'SwapConfig'), 'Entries') or []}
mainnet['swap'] = digest(st)
first = sorted(st.items())[0]
samples.append({'contract': 'swap', 'key': first[0].hex(), 'value': first[1].hex()})

json.dump({'note': 'generated by generate_vectors.py; see its docstring', 'vectors': vectors,
           'mainnetGenesis': {'storage': mainnet, 'samples': samples}}, sys.stdout, indent=1)
print()
