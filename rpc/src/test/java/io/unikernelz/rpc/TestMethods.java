package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.stats.BuildInfo;
import io.unikernelz.rpc.stats.ProcessInfoMethod;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** Methods exercising every path of the dispatcher, plus a gate to hold a call open. */
final class TestMethods {
    record Encodings(Hash hash, Address address, TokenStandard zts, BigInteger amount, byte[] data, long height,
                     String nothing) {}

    record Page(long pageIndex, long pageSize) {}

    record Range(long height, long count) {}

    record BlockArg(Address address, long blockType, Address toAddress, String data) {}

    static final BuildInfo BUILD = new BuildInfo("v9.9.9-test", "0123456789abcdef0123456789abcdef01234567");

    final CountDownLatch slowEntered = new CountDownLatch(1);
    final CountDownLatch slowRelease = new CountDownLatch(1);

    MethodRegistry registry() {
        List<RpcMethod> all = new ArrayList<>();
        all.add(method("test.void", p -> null));
        all.add(method("test.echo", p -> {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < p.size(); i++) out.add(p.raw(i));
            return out;
        }));
        all.add(method("test.add", p -> {
            p.atMost(2);
            long a = p.uint64(0);
            long b = p.uint64(1);
            // a tree number, so the sum prints as a JSON number whatever its size
            return JsonNodeFactory.instance.numberNode(
                    new BigInteger(Long.toUnsignedString(a)).add(new BigInteger(Long.toUnsignedString(b))));
        }));
        all.add(method("test.fail", p -> {
            throw RpcException.serverError("boom");
        }));
        all.add(method("test.crash", p -> {
            throw new IllegalStateException("internal detail that must not leak");
        }));
        all.add(method("test.badInput", p -> {
            throw new IllegalArgumentException("bad input");
        }));
        all.add(method("test.types", p -> new Encodings(
                Hash.parse("9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0"),
                Address.PLASMA, TokenStandard.ZNN, new BigInteger("123456789012345678901234567890"),
                new byte[]{1, 2, 3, (byte) 0xff}, 42, null)));
        all.add(method("test.address", p -> p.atMost(1).address(0)));
        all.add(method("test.hash", p -> p.atMost(1).hash(0)));
        all.add(method("test.zts", p -> p.atMost(1).tokenStandard(0)));
        all.add(method("test.page", p -> {
            p.atMost(2);
            long index = p.pageIndex(0);
            return new Page(index, p.pageSize(1));
        }));
        all.add(method("test.range", p -> {
            p.atMost(2);
            long height = p.uint64(0);
            long count = p.uint64(1);
            Params.checkHeight(height);
            Params.checkCount(count);
            return new Range(height, count);
        }));
        all.add(method("test.block", p -> p.atMost(1).object(0, BlockArg.class)));
        all.add(method("test.slow", p -> {
            slowEntered.countDown();
            try {
                slowRelease.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }));
        all.add(new ProcessInfoMethod(BUILD));
        return MethodRegistry.builder().addAll(all).build();
    }

    static RpcMethod method(String name, Function<Params, Object> body) {
        return new RpcMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object response(Params params) {
                return body.apply(params);
            }
        };
    }
}
