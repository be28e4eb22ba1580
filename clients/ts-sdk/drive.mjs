// Drives a Zenon node through the znn-ts-sdk npm package, the way a wallet does: connect over WebSocket, read the
// frontier momentum, derive accounts from a mnemonic, subscribe, send with PoW and with fused plasma, receive, check
// balances. Every step prints one machine-checkable line:
//   ZNN-STEP <name> OK key=value ...     or     ZNN-STEP <name> FAIL <reason>
// and the run ends with "ZNN-RESULT OK" (exit 0) or "ZNN-RESULT FAIL" (exit 1).
//
// Usage: node --no-experimental-fetch drive.mjs --url ws://127.0.0.1:35998 [--chain-id 321] [--workdir DIR]
//        with the mnemonic in ZNN_MNEMONIC (or --mnemonic "..."); accounts 0-2 must be funded with ZNN and QSR,
//        account 0 must have plasma and account 1 none (the unikernel-z devnet's layout).
//
// --no-experimental-fetch matters: with a global fetch the SDK's PoW worker loads its wasm through fetch(), which fails
// on a file path. The SDK writes ./generatedPowWorker.cjs and ./znn-local-storage, so the script works in --workdir
// (a fresh temporary directory by default). The SDK keeps timers and sockets alive: every await is bounded and the
// script always ends with process.exit.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    mnemonic: { type: 'string' },
    'chain-id': { type: 'string', default: '321' },
    workdir: { type: 'string' },
    'call-timeout-ms': { type: 'string', default: '30000' },
    'pow-timeout-ms': { type: 'string', default: '300000' },
    'confirm-timeout-ms': { type: 'string', default: '90000' },
    'total-timeout-ms': { type: 'string', default: '600000' },
    'momentum-notifications': { type: 'string', default: '3' },
  },
});

const out = (line) => process.stdout.write(line + '\n');
let finished = false;
function finish(ok, reason) {
  if (finished) return;
  finished = true;
  if (!ok && reason) out(`ZNN-STEP ${currentStep} FAIL ${oneLine(reason)}`);
  out(ok ? 'ZNN-RESULT OK' : 'ZNN-RESULT FAIL');
  process.exit(ok ? 0 : 1);
}
const oneLine = (e) => String(e?.stack ?? e?.message ?? (typeof e === 'object' ? JSON.stringify(e) : e)).replace(/\s+/g, ' ').slice(0, 2000);
let currentStep = 'setup';

process.on('uncaughtException', (e) => finish(false, `uncaught exception: ${oneLine(e)}`));
process.on('unhandledRejection', (e) => finish(false, `unhandled rejection: ${oneLine(e)}`));

function intOpt(name) {
  const v = Number.parseInt(opts[name], 10);
  if (!Number.isSafeInteger(v) || v <= 0) finish(false, `--${name} must be a positive integer, got ${opts[name]}`);
  return v;
}
const url = opts.url;
const mnemonic = opts.mnemonic ?? process.env.ZNN_MNEMONIC;
if (!url) finish(false, '--url ws://host:port is required');
if (!mnemonic) finish(false, 'a mnemonic is required (ZNN_MNEMONIC or --mnemonic)');
const chainId = intOpt('chain-id');
const callTimeout = intOpt('call-timeout-ms');
const powTimeout = intOpt('pow-timeout-ms');
const confirmTimeout = intOpt('confirm-timeout-ms');
const wantedMomentumNotifications = intOpt('momentum-notifications');
setTimeout(() => finish(false, `whole run exceeded --total-timeout-ms ${opts['total-timeout-ms']}`), intOpt('total-timeout-ms'));

const workdir = opts.workdir ?? mkdtempSync(join(tmpdir(), 'znn-ts-sdk-'));
process.chdir(workdir);
// The generated PoW worker opens ./node_modules/znn-ts-sdk/dist/lib/src/pow/compiler/znn-pow-links.wasm relative to
// the working directory, so the work directory gets a link to this package's node_modules.
if (!existsSync('node_modules')) {
  symlinkSync(join(dirname(fileURLToPath(import.meta.url)), 'node_modules'), 'node_modules', 'dir');
}

// The SDK prints its 2.4 MB generated PoW worker source with console.log("workerDefinition", source) and two debug
// lines per balance ("addDecimals - ..."); drop those and keep its other log lines.
const consoleLog = console.log.bind(console);
console.log = (...args) => {
  if (args[0] === 'workerDefinition' || (typeof args[0] === 'string' && args[0].startsWith('addDecimals'))) return;
  consoleLog(...args);
};

// The package's default entry is the browser build ("window is not defined" when connecting).
const sdk = require('znn-ts-sdk/dist/index.node.js');
const { BigNumber } = require('ethers');
const { Zenon, KeyStore, Primitives, Constants } = sdk;
const { AccountBlockTemplate, GetRequiredParam } = Primitives;

const ONE = BigNumber.from(10).pow(8);
const POW_SEND = ONE.mul(10);
const PLASMA_SEND = ONE.mul(5);
const FUSE = ONE.mul(100);
const BASE_PLASMA = 21000;

class StepError extends Error {}
function check(condition, message) {
  if (!condition) throw new StepError(message);
}

function bounded(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StepError(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}
const call = (promise, what) => bounded(promise, callTimeout, what);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls an async condition until it yields a truthy value, within a bound. */
async function until(what, ms, probe) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await call(probe(), what);
    if (v) return v;
    if (Date.now() > deadline) throw new StepError(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(250);
  }
}

async function step(name, body) {
  currentStep = name;
  const started = Date.now();
  const fields = await body();
  const parts = Object.entries(fields ?? {}).map(([k, v]) => `${k}=${v}`);
  parts.push(`ms=${Date.now() - started}`);
  out(`ZNN-STEP ${name} OK ${parts.join(' ')}`);
}

const zenon = Zenon.getSingleton();
const znn = Constants.znnZts;
const qsr = Constants.qsrZts;

async function balances(address) {
  const info = await call(zenon.ledger.getAccountInfoByAddress(address), `ledger.getAccountInfoByAddress ${address}`);
  check(info.address === address.toString(), `account info for ${address} names ${info.address}`);
  const of = (zts) => info.balanceInfoMap?.[zts.toString()]?.balance ?? BigNumber.from(0);
  return { znn: of(znn), qsr: of(qsr), height: info.blockCount };
}

const confirmed = (hash, what) =>
  until(`${what} ${hash} to be confirmed`, confirmTimeout, async () => {
    const block = await zenon.ledger.getBlockByHash(hash);
    return block?.confirmationDetail?.momentumHeight > 0 ? block : null;
  });

/** Publishes through the SDK (autofill, required-PoW query, PoW or plasma, hash, signature, publishRawTransaction). */
const publish = (template, keyPair, ms, what) => bounded(zenon.send(template, keyPair), ms, what);

async function main() {
  const momentumNotifications = [];
  const unreceivedNotifications = [];
  const accounts = [];
  const before = [];
  let powSend;
  let fuse;
  let powReceive;
  let plasmaSend;
  let plasmaReceive;

  await step('connect', async () => {
    Zenon.setChainIdentifier(chainId);
    await call(zenon.initialize(url, false, callTimeout), `connecting to ${url}`);
    check(Zenon.getChainIdentifier() === chainId, `SDK chain identifier is ${Zenon.getChainIdentifier()}`);
    return { url, chainIdentifier: chainId };
  });

  await step('frontier-momentum', async () => {
    const m = await call(zenon.ledger.getFrontierMomentum(), 'ledger.getFrontierMomentum');
    check(m.height >= 1, `frontier momentum height ${m.height}`);
    check(/^[0-9a-f]{64}$/.test(m.hash.toString()), `frontier momentum hash ${m.hash}`);
    check(m.chainIdentifier === chainId, `frontier momentum chainIdentifier ${m.chainIdentifier}, expected ${chainId}`);
    check(m.timestamp > 0, `frontier momentum timestamp ${m.timestamp}`);
    return { height: m.height, hash: m.hash, chainIdentifier: m.chainIdentifier, producer: m.producer };
  });

  await step('derive', async () => {
    const store = new KeyStore().fromMnemonic(mnemonic);
    for (let i = 0; i < 3; i++) {
      const keyPair = store.getKeyPair(i);
      accounts.push({ keyPair, address: await call(keyPair.getAddress(), `address of account ${i}`) });
    }
    return Object.fromEntries(accounts.map((a, i) => [`account${i}`, a.address]));
  });
  const [a0, a1, a2] = accounts;

  await step('subscribe', async () => {
    const momentums = await call(zenon.subscribe.toMomentums(), 'ledger.subscribe momentums');
    momentums.onNotification((data) => momentumNotifications.push(...data));
    const unreceived = await call(zenon.subscribe.toUnreceivedAccountBlocksByAddress(a2.address),
      'ledger.subscribe unreceivedAccountBlocksByAddress');
    unreceived.onNotification((data) => unreceivedNotifications.push(...data));
    check(typeof momentums.id === 'string' && momentums.id.length > 0, `momentums subscription id ${momentums.id}`);
    check(typeof unreceived.id === 'string' && unreceived.id !== momentums.id, `unreceived subscription id ${unreceived.id}`);
    return { momentums: momentums.id, unreceived: unreceived.id };
  });

  await step('balances-before', async () => {
    for (const a of accounts) before.push(await balances(a.address));
    for (let i = 0; i < 3; i++) {
      check(before[i].znn.gt(POW_SEND), `account ${i} has ${before[i].znn} ZNN`);
      check(before[i].qsr.gt(FUSE), `account ${i} has ${before[i].qsr} QSR`);
    }
    return Object.fromEntries(before.flatMap((b, i) => [[`znn${i}`, b.znn], [`qsr${i}`, b.qsr]]));
  });

  await step('plasma-before', async () => {
    const p0 = await call(zenon.embedded.plasma.get(a0.address), 'embedded.plasma.get account 0');
    const p1 = await call(zenon.embedded.plasma.get(a1.address), 'embedded.plasma.get account 1');
    check(p0.currentPlasma >= 2 * BASE_PLASMA, `account 0 has ${p0.currentPlasma} plasma, needs fused plasma`);
    check(p1.currentPlasma === 0, `account 1 has ${p1.currentPlasma} plasma, expected none`);
    const required = await call(zenon.embedded.plasma.getRequiredPoWForAccountBlock(
      new GetRequiredParam(a1.address, 2, a2.address, Buffer.alloc(0))), 'embedded.plasma.getRequiredPoWForAccountBlock');
    check(required.requiredDifficulty > 0, `account 1 requires difficulty ${required.requiredDifficulty}`);
    check(required.availablePlasma === 0 && required.basePlasma === BASE_PLASMA,
      `account 1 required PoW ${JSON.stringify(required)}`);
    return { plasma0: p0.currentPlasma, plasma1: p1.currentPlasma, requiredDifficulty: required.requiredDifficulty };
  });

  await step('send-pow', async () => {
    powSend = await publish(AccountBlockTemplate.send(a2.address, znn, POW_SEND), a1.keyPair, powTimeout,
      'PoW send from account 1');
    check(powSend.difficulty > 0, `PoW send has difficulty ${powSend.difficulty}`);
    check(powSend.nonce !== '0000000000000000', `PoW send has nonce ${powSend.nonce}`);
    return { hash: powSend.hash, height: powSend.height, difficulty: powSend.difficulty, nonce: powSend.nonce };
  });

  await step('fuse', async () => {
    const template = await call(zenon.embedded.plasma.fuse(a2.address, FUSE), 'building the Fuse call');
    fuse = await publish(template, a0.keyPair, callTimeout * 2, 'Fuse from account 0');
    check(fuse.difficulty === 0, `account 0 paid the Fuse with PoW (difficulty ${fuse.difficulty})`);
    check(fuse.fusedPlasma > 0, `Fuse has fusedPlasma ${fuse.fusedPlasma}`);
    return { hash: fuse.hash, beneficiary: a2.address, qsr: FUSE, fusedPlasma: fuse.fusedPlasma };
  });

  await step('fused-plasma', async () => {
    const info = await until('account 2 to have fused plasma', confirmTimeout, async () => {
      const p = await zenon.embedded.plasma.get(a2.address);
      return p.currentPlasma >= 2 * BASE_PLASMA ? p : null;
    });
    check(info.qsrAmount.eq(FUSE), `account 2 has ${info.qsrAmount} fused QSR, expected ${FUSE}`);
    const entries = await call(zenon.embedded.plasma.getEntriesByAddress(a0.address), 'embedded.plasma.getEntriesByAddress');
    check(entries.list.some((e) => e.beneficiary.toString() === a2.address.toString() && e.qsrAmount.eq(FUSE)),
      `account 0's fusion entries lack the Fuse for account 2: ${JSON.stringify(entries.toJson())}`);
    return { currentPlasma: info.currentPlasma, maxPlasma: info.maxPlasma, qsrAmount: info.qsrAmount };
  });

  await step('receive-pow', async () => {
    const send = await confirmed(powSend.hash, 'PoW send');
    powReceive = await publish(AccountBlockTemplate.receive(powSend.hash), a2.keyPair, callTimeout * 2,
      'account 2 receiving the PoW send');
    check(powReceive.difficulty === 0, `receive needed PoW (difficulty ${powReceive.difficulty}) despite fused plasma`);
    check(powReceive.fromBlockHash.toString() === powSend.hash.toString(), 'receive names another send');
    return { hash: powReceive.hash, fromBlockHash: powSend.hash, sendMomentum: send.confirmationDetail.momentumHeight };
  });

  await step('send-plasma', async () => {
    plasmaSend = await publish(AccountBlockTemplate.send(a0.address, znn, PLASMA_SEND), a2.keyPair, callTimeout * 2,
      'fused-plasma send from account 2');
    check(plasmaSend.difficulty === 0, `fused-plasma send has difficulty ${plasmaSend.difficulty}`);
    check(plasmaSend.fusedPlasma >= BASE_PLASMA, `fused-plasma send has fusedPlasma ${plasmaSend.fusedPlasma}`);
    return { hash: plasmaSend.hash, height: plasmaSend.height, fusedPlasma: plasmaSend.fusedPlasma };
  });

  await step('receive-plasma', async () => {
    await confirmed(plasmaSend.hash, 'fused-plasma send');
    const unreceived = await call(zenon.ledger.getUnreceivedBlocksByAddress(a0.address, 0, 50),
      'ledger.getUnreceivedBlocksByAddress');
    check(unreceived.list.some((b) => b.hash.toString() === plasmaSend.hash.toString()),
      `account 0's unreceived blocks lack ${plasmaSend.hash}`);
    plasmaReceive = await publish(AccountBlockTemplate.receive(plasmaSend.hash), a0.keyPair, callTimeout * 2,
      'account 0 receiving the fused-plasma send');
    check(plasmaReceive.difficulty === 0, `receive needed PoW (difficulty ${plasmaReceive.difficulty})`);
    return { hash: plasmaReceive.hash, fromBlockHash: plasmaSend.hash, unreceived: unreceived.count };
  });

  await step('confirm-receives', async () => {
    const r1 = await confirmed(powReceive.hash, 'receive of the PoW send');
    const r2 = await confirmed(plasmaReceive.hash, 'receive of the fused-plasma send');
    const send = await call(zenon.ledger.getBlockByHash(powSend.hash), 'ledger.getBlockByHash PoW send');
    check(send.pairedAccountBlock?.hash?.toString() === powReceive.hash.toString(),
      `PoW send's pairedAccountBlock is ${send.pairedAccountBlock?.hash}, expected ${powReceive.hash}`);
    return { powReceiveMomentum: r1.confirmationDetail.momentumHeight, plasmaReceiveMomentum: r2.confirmationDetail.momentumHeight };
  });

  await step('balances-after', async () => {
    const after = [];
    for (const a of accounts) after.push(await balances(a.address));
    const expect = [
      { znn: before[0].znn.add(PLASMA_SEND), qsr: before[0].qsr.sub(FUSE) },
      { znn: before[1].znn.sub(POW_SEND), qsr: before[1].qsr },
      { znn: before[2].znn.add(POW_SEND).sub(PLASMA_SEND), qsr: before[2].qsr },
    ];
    for (let i = 0; i < 3; i++) {
      check(after[i].znn.eq(expect[i].znn), `account ${i} has ${after[i].znn} ZNN, expected ${expect[i].znn}`);
      check(after[i].qsr.eq(expect[i].qsr), `account ${i} has ${after[i].qsr} QSR, expected ${expect[i].qsr}`);
    }
    return Object.fromEntries(after.flatMap((b, i) => [[`znn${i}`, b.znn], [`qsr${i}`, b.qsr]]));
  });

  await step('unreceived-notification', async () => {
    const n = await until('an unreceivedAccountBlocksByAddress notification for the PoW send', confirmTimeout,
      async () => unreceivedNotifications.find((b) => b.hash === powSend.hash.toString()));
    check(n.toAddress === a2.address.toString() && n.address === a1.address.toString() && n.blockType === 2,
      `notification ${JSON.stringify(n)}`);
    return { hash: n.hash, count: unreceivedNotifications.length };
  });

  await step('momentum-notifications', async () => {
    await until(`${wantedMomentumNotifications} momentum notifications`, confirmTimeout,
      async () => momentumNotifications.length >= wantedMomentumNotifications);
    for (const m of momentumNotifications) {
      check(/^[0-9a-f]{64}$/.test(m.hash) && Number.isSafeInteger(m.height), `notification ${JSON.stringify(m)}`);
    }
    for (let i = 1; i < momentumNotifications.length; i++) {
      check(momentumNotifications[i].height === momentumNotifications[i - 1].height + 1,
        `momentum notifications skip from ${momentumNotifications[i - 1].height} to ${momentumNotifications[i].height}`);
    }
    const last = momentumNotifications[momentumNotifications.length - 1];
    const byHeight = await call(zenon.ledger.getMomentumsByHeight(last.height, 1), 'ledger.getMomentumsByHeight');
    check(byHeight.list[0]?.hash.toString() === last.hash, `momentum ${last.height} is ${byHeight.list[0]?.hash}, notified ${last.hash}`);
    return { count: momentumNotifications.length, first: momentumNotifications[0].height, last: last.height };
  });
}

main().then(() => finish(true), (e) => finish(false, e instanceof StepError ? e.message : e));
