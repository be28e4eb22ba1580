package io.unikernelz.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.wallet.KeyFile;
import io.unikernelz.wallet.KeyPair;
import io.unikernelz.wallet.KeyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevnetDataTest {
    @TempDir
    Path dir;

    @Test
    void createdDevnetReopensWithTheSamePillarKeysKeptOwnerOnly() throws Exception {
        Path data = dir.resolve("d");
        DevnetData created = DevnetData.create(data, null, 2, 3, Clock.systemUTC(), new SecureRandom());
        assertThat(created.generatedMnemonic()).isNotNull();
        for (String f : new String[] {"producers/pillar-1.key", "producers/pillar-2.key", "mnemonic.txt"}) {
            assertThat(Files.getPosixFilePermissions(data.resolve(f))).as(f)
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        DevnetData opened = DevnetData.open(data);
        assertThat(opened.producers()).extracting(KeyPair::address)
                .containsExactlyElementsOf(created.producers().stream().map(KeyPair::address).toList());
        assertThat(opened.momentumIntervalSec()).isEqualTo(3);
        assertThat(opened.funded()).containsExactlyInAnyOrderElementsOf(created.funded());
        assertThat(opened.genesis()).isEqualTo(created.genesis());
    }

    @Test
    void devnetsWithEncryptedPillarKeyfilesStillOpen() throws Exception {
        Path data = dir.resolve("legacy");
        DevnetData created = DevnetData.create(data, null, 1, 1, Clock.systemUTC(), new SecureRandom());
        // rewrite the pillar key the way earlier versions stored it: a go-zenon keyfile and its password
        Files.delete(data.resolve("producers/pillar-1.key"));
        KeyStore store = KeyStore.generate(new SecureRandom(), 24);
        Files.writeString(data.resolve("producers/password"), "secret\n");
        KeyFile.write(data.resolve("producers/pillar-1.json"), "secret", store.entropy());
        assertThat(DevnetData.open(data).producers()).extracting(KeyPair::address).containsExactly(store.derive(0).address());
        assertThat(created.producers()).hasSize(1);
    }

    @Test
    void aCorruptPillarKeyIsReportedClearly() throws Exception {
        Path data = dir.resolve("bad");
        DevnetData.create(data, null, 1, 1, Clock.systemUTC(), new SecureRandom());
        Files.writeString(data.resolve("producers/pillar-1.key"), "not hex");
        assertThatThrownBy(() -> DevnetData.open(data)).hasMessageContaining("pillar-1.key does not hold a 32-byte hex private key");
    }
}
