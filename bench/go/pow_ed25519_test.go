// Go side of docs/benchmarks.md: the primitives the Java node benchmarks, on the Go toolchain Debian ships:
// ed25519 verify of a real block's 32-byte hash, and one PoW attempt = SHA3-256 of nonce(8) || powData(32).
// Run it as docs/benchmarks.md says (GOPATH mode against golang-golang-x-crypto-dev, no network).
package zbench

import (
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/crypto/sha3"
)

// The first record of conformance/blocks/account-blocks.json (a real mainnet block) and the PoW data hash of the
// first vector of conformance/pow/pow-vectors.json: the same bytes the Java benchmarks use.
const (
	blockPublicKey = "507cb238f62c97d3cce379eed453f17f6f9630b59216c41b20281e010b430277"
	blockHash      = "01e4877c8273f16a9ad21a1e28a96a88e142d59aec0ac9a46a312c0301cda50c"
	blockSignature = "2ba0a4f8b55b8aafb3672d1f5f789295f578d04bcd0d2091ce95ca086a7bb0a8" +
		"4d351b5d0d62df507f8ad5ce636e7c4a5325effcfc3ac647a29648492fea3604"
	powDataHash = "ba1b634205f0175ac9b700ed4d778e8ef1d50a767c083f9e78e412f060d2f85e"
)

// threadCPU is the CPU time of the calling OS thread (CLOCK_THREAD_CPUTIME_ID). Measured with the goroutine locked
// to its thread, it gives a per-core figure that does not depend on what else the machine is running, the same
// measure the Java side's `bench --cpu` uses.
func threadCPU() int64 {
	var ts syscall.Timespec
	const clockThreadCPUTimeID = 3
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		panic(errno)
	}
	return ts.Nano()
}

// cpuTimed runs body(b.N) on one locked OS thread and reports its CPU nanoseconds per operation as "cpu-ns/op".
func cpuTimed(b *testing.B, body func(n int)) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	start := threadCPU()
	body(b.N)
	b.ReportMetric(float64(threadCPU()-start)/float64(b.N), "cpu-ns/op")
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func BenchmarkEd25519Verify(b *testing.B) {
	pk := ed25519.PublicKey(mustHex(blockPublicKey))
	msg := mustHex(blockHash)
	sig := mustHex(blockSignature)
	if !ed25519.Verify(pk, msg, sig) {
		b.Fatal("the real block signature does not verify")
	}
	cpuTimed(b, func(n int) {
		for i := 0; i < n; i++ {
			if !ed25519.Verify(pk, msg, sig) {
				b.Fatal("verify failed")
			}
		}
	})
}

// go-zenon's own attempt (pow.GetPoWNonce): crypto.Hash = sha3.New256, Write, Sum(nil) on the 40-byte buffer.
func BenchmarkPowAttemptGoZenon(b *testing.B) {
	calc := make([]byte, 40)
	copy(calc[8:], mustHex(powDataHash))
	var sink byte
	cpuTimed(b, func(n int) {
		for i := 0; i < n; i++ {
			binary.LittleEndian.PutUint64(calc, uint64(i))
			d := sha3.New256()
			d.Write(calc)
			sink ^= d.Sum(nil)[0]
		}
	})
	_ = sink
}

// The fastest plain use of x/crypto/sha3: Sum256 on a stack array, no allocation.
func BenchmarkPowAttemptSum256(b *testing.B) {
	calc := make([]byte, 40)
	copy(calc[8:], mustHex(powDataHash))
	var sink byte
	cpuTimed(b, func(n int) {
		for i := 0; i < n; i++ {
			binary.LittleEndian.PutUint64(calc, uint64(i))
			h := sha3.Sum256(calc)
			sink ^= h[0]
		}
	})
	_ = sink
}

// Sum256 on every core: GOMAXPROCS goroutines share the b.N attempts.
func BenchmarkPowAttemptSum256AllCores(b *testing.B) {
	data := mustHex(powDataHash)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	b.ResetTimer()
	for w := 0; w < workers; w++ {
		n := b.N / workers
		if w == 0 {
			n += b.N % workers
		}
		wg.Add(1)
		go func(start uint64, n int) {
			defer wg.Done()
			calc := make([]byte, 40)
			copy(calc[8:], data)
			var sink byte
			for i := 0; i < n; i++ {
				binary.LittleEndian.PutUint64(calc, start+uint64(i))
				h := sha3.Sum256(calc)
				sink ^= h[0]
			}
			_ = sink
		}(uint64(w)<<40, n)
	}
	wg.Wait()
}
