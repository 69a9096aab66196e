package io.posflow.onboarding.domain.document;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import static io.posflow.onboarding.domain.document.DocumentSamples.box;
import static io.posflow.onboarding.domain.document.DocumentSamples.concat;
import static io.posflow.onboarding.domain.document.DocumentSamples.ftyp;
import static io.posflow.onboarding.domain.document.DocumentSamples.largeBox;
import static io.posflow.onboarding.domain.document.DocumentSamples.mvhd;
import static org.assertj.core.api.Assertions.assertThat;

class Mp4DurationTest {

    private static final byte[] FTYP = ftyp("isom", "isom", "mp41");

    @Test
    void O2_theDurationIsReadFromAVersion0MovieHeader() throws IOException {
        assertThat(read(DocumentSamples.mp4(1000, 8_500))).contains(Duration.ofMillis(8_500));
        assertThat(read(DocumentSamples.mp4(90_000, 900_000))).contains(Duration.ofSeconds(10));
        assertThat(read(DocumentSamples.mp4(600, 6_601))).contains(Duration.ofMillis(11_001));
    }

    @Test
    void O2_theDurationIsReadFromAVersion1MovieHeader() throws IOException {
        byte[] mp4 = concat(FTYP, box("moov", mvhd(1, 30_000, 312_312L)), box("mdat", new byte[8]));

        assertThat(read(mp4)).contains(Duration.ofMillis(10_410));
    }

    @Test
    void aMovieHeaderBehindLargeMediaDataIsFound() throws IOException {
        byte[] mp4 = concat(FTYP, box("free", new byte[3]), largeBox("mdat", new byte[100_000]),
                box("moov", box("udta", new byte[5]), mvhd(0, 1000, 4_000)));

        assertThat(read(mp4)).contains(Duration.ofSeconds(4));
    }

    @Test
    void aMovieHeaderOutsideTheMovieBoxDoesNotCount() throws IOException {
        assertThat(read(concat(FTYP, mvhd(0, 1000, 4_000)))).isEmpty();
    }

    @Test
    void withoutAMovieBoxThereIsNoDuration() throws IOException {
        assertThat(read(concat(FTYP, box("mdat", new byte[64])))).isEmpty();
        assertThat(read(DocumentSamples.pdf())).isEmpty();
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void aTruncatedOrInconsistentFileHasNoDuration() throws IOException {
        byte[] mp4 = DocumentSamples.mp4(1000, 8_500);
        assertThat(read(Arrays.copyOf(mp4, mp4.length - 106))).as("cut inside the duration").isEmpty();
        byte[] moovTooShort = concat(FTYP, box("moov", mvhd(0, 1000, 8_500)));
        moovTooShort[FTYP.length + 3] = 20; // moov claims 20 bytes, its mvhd is longer
        assertThat(read(moovTooShort)).isEmpty();
    }

    @Test
    void aZeroTimescaleOrAnUnknownDurationGivesNoDuration() throws IOException {
        assertThat(read(concat(FTYP, box("moov", mvhd(0, 0, 8_500))))).isEmpty();
        assertThat(read(concat(FTYP, box("moov", mvhd(0, 1000, 0xFFFFFFFFL))))).isEmpty();
        assertThat(read(concat(FTYP, box("moov", mvhd(1, 1000, -1L))))).isEmpty();
    }

    private static Optional<Duration> read(byte[] content) throws IOException {
        return Mp4Duration.read(new ByteArrayInputStream(content));
    }
}
