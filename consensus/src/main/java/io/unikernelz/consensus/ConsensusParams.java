package io.unikernelz.consensus;

/**
 * Consensus timing and election sizes (go-zenon {@code vm/constants/consensus.go}, {@code consensus/context.go},
 * {@code consensus.EpochDuration}). Mainnet values come from {@link #defaults(long)}; devnets may shorten the
 * block time or the epoch.
 *
 * @param genesisTimestamp Unix seconds of the genesis momentum; tick 0 starts here
 * @param blockTimeSec     seconds per producer slot (10 on mainnet)
 * @param nodeCount        producer slots per election tick (30)
 * @param randCount        slots filled by the random draw among non-top pillars (15)
 * @param epochSec         epoch length in seconds (24 h); a whole number of election ticks
 */
public record ConsensusParams(long genesisTimestamp, long blockTimeSec, int nodeCount, int randCount, long epochSec) {
    public static final long BLOCK_TIME_SEC = 10;
    public static final int NODE_COUNT = 30;
    public static final int RAND_COUNT = 15;
    public static final long EPOCH_SEC = 24 * 60 * 60;

    public ConsensusParams {
        if (genesisTimestamp < 0) throw new IllegalArgumentException("genesis timestamp must not be negative, got " + genesisTimestamp);
        if (blockTimeSec <= 0) throw new IllegalArgumentException("block time must be positive, got " + blockTimeSec + " s");
        if (nodeCount <= 0) throw new IllegalArgumentException("node count must be positive, got " + nodeCount);
        if (randCount < 0 || randCount > nodeCount) {
            throw new IllegalArgumentException("rand count must be within 0.." + nodeCount + ", got " + randCount);
        }
        long tick = Math.multiplyExact(blockTimeSec, nodeCount);
        if (epochSec <= 0 || epochSec % tick != 0) {
            throw new IllegalArgumentException("epoch of " + epochSec + " s is not a positive multiple of the " + tick + " s election tick");
        }
    }

    /** go-zenon's values (10 s blocks, 30 producers, 15 random, 24 h epochs) for the given genesis time. */
    public static ConsensusParams defaults(long genesisTimestamp) {
        return new ConsensusParams(genesisTimestamp, BLOCK_TIME_SEC, NODE_COUNT, RAND_COUNT, EPOCH_SEC);
    }

    /** A copy with another block time, keeping the epoch at the same number of ticks as mainnet (288). */
    public ConsensusParams withBlockTime(long newBlockTimeSec) {
        long ticksPerEpoch = epochSec / tickSec();
        return new ConsensusParams(genesisTimestamp, newBlockTimeSec, nodeCount, randCount,
                Math.multiplyExact(Math.multiplyExact(newBlockTimeSec, nodeCount), ticksPerEpoch));
    }

    /** Length of one election tick: nodeCount slots of blockTimeSec (300 s on mainnet). */
    public long tickSec() {
        return blockTimeSec * nodeCount;
    }

    /** The election ticker: one tick per full round of producer slots. */
    public Ticker electionTicker() {
        return new Ticker(genesisTimestamp, tickSec());
    }

    /** The epoch ticker used for reward points. */
    public Ticker epochTicker() {
        return new Ticker(genesisTimestamp, epochSec);
    }

    /** Election ticks per epoch (288 on mainnet). */
    public long ticksPerEpoch() {
        return epochSec / tickSec();
    }

    /** Start of producer slot {@code slot} (0-based) in election tick {@code tick}. */
    public long slotStart(long tick, int slot) {
        if (slot < 0 || slot >= nodeCount) throw new IllegalArgumentException("slot must be within 0.." + (nodeCount - 1) + ", got " + slot);
        return electionTicker().tickStart(tick) + blockTimeSec * slot;
    }

    /**
     * The time before which the proof momentum of {@code tick} must lie (go-zenon {@code genProofTime}):
     * genesis + 1 s for ticks 0 and 1 (so the genesis momentum is the proof), else the end of tick − 2.
     */
    public long proofTime(long tick) {
        if (tick < 0) throw new IllegalArgumentException("tick must not be negative, got " + tick);
        if (tick < 2) return genesisTimestamp + 1;
        return electionTicker().tickEnd(tick - 2);
    }
}
