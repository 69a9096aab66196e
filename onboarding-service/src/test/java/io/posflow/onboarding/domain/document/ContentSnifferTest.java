package io.posflow.onboarding.domain.document;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static io.posflow.onboarding.domain.document.DocumentSamples.box;
import static io.posflow.onboarding.domain.document.DocumentSamples.concat;
import static io.posflow.onboarding.domain.document.DocumentSamples.ftyp;
import static io.posflow.onboarding.domain.document.DocumentSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

    @Test
    void aJpegIsRecognisedByItsStartOfImageMarker() {
        assertThat(sniff(DocumentSamples.jpeg())).contains(DocumentType.JPEG);
    }

    @Test
    void aPngIsRecognisedByItsEightByteSignature() {
        assertThat(sniff(DocumentSamples.png())).contains(DocumentType.PNG);
    }

    @Test
    void aPdfIsRecognisedByItsHeader() {
        assertThat(sniff(DocumentSamples.pdf())).contains(DocumentType.PDF);
    }

    @Test
    void anMp4IsRecognisedByItsFtypBox() {
        assertThat(sniff(DocumentSamples.mp4(1000, 8_000))).contains(DocumentType.MP4);
        assertThat(sniff(concat(ftyp("mp42", "mp42", "isom"), box("mdat", new byte[4]))))
                .contains(DocumentType.MP4);
        assertThat(sniff(concat(ftyp("abcd", "abcd", "mp41"), box("free")))).as("an MP4 brand among the compatible ones")
                .contains(DocumentType.MP4);
    }

    @Test
    void theMediaTypesAreThoseOfDesign() {
        assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::mediaType))
                .containsExactly("image/jpeg", "image/png", "application/pdf", "video/mp4");
    }

    @Test
    void O2_aTextFileIsNotAPhotoWhateverItIsCalled() {
        // the name (id-front.jpg) and the declared type never reach the sniffer: only the bytes do
        assertThat(sniff(text("this is not a photo of an ID card\n"))).isEmpty();
    }

    @Test
    void anHtmlPageIsRefused() {
        assertThat(sniff(text("<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>"))).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(sniff(new byte[0])).isEmpty();
    }

    @Test
    void truncatedHeadersAreRefused() {
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).as("JPEG without its third byte").isEmpty();
        assertThat(sniff(Arrays.copyOf(DocumentSamples.png(), 7))).as("PNG signature cut short").isEmpty();
        assertThat(sniff(text("%PDF"))).as("PDF header without its dash").isEmpty();
        byte[] ftyp = ftyp("isom", "isom", "mp41");
        assertThat(sniff(Arrays.copyOf(ftyp, 12))).as("ftyp box cut inside its major brand").isEmpty();
        assertThat(sniff(Arrays.copyOf(ftyp, 20))).as("ftyp box shorter than its declared size").isEmpty();
    }

    @Test
    void anFtypBoxOfImplausibleSizeIsRefused() {
        byte[] header = concat(ftyp("isom", "isom"), box("mdat", new byte[4096]));
        assertThat(sniff(withSize(header, 4))).as("smaller than its own fields").isEmpty();
        assertThat(sniff(withSize(header, 18))).as("not a whole number of brands").isEmpty();
        assertThat(sniff(withSize(header, 2048))).as("far larger than any brand list").isEmpty();
    }

    @Test
    void O2_heifPhotosAndMp4AudioAreNotVideos() {
        assertThat(sniff(concat(ftyp("heic", "mif1", "heic"), box("meta")))).isEmpty();
        assertThat(sniff(concat(ftyp("avif", "avif", "mif1", "miaf"), box("meta")))).isEmpty();
        assertThat(sniff(concat(ftyp("M4A ", "M4A ", "mp42", "isom"), box("moov")))).isEmpty();
        assertThat(sniff(concat(ftyp("isom", "isom", "mif1"), box("meta")))).isEmpty();
    }

    @Test
    void aQuickTimeMovieIsNotAnMp4() {
        assertThat(sniff(concat(ftyp("qt  ", "qt  "), box("moov")))).isEmpty();
    }

    private static Optional<DocumentType> sniff(byte[] content) {
        return ContentSniffer.sniff(Arrays.copyOf(content, Math.min(content.length, ContentSniffer.HEAD_BYTES)),
                content.length);
    }

    private static byte[] withSize(byte[] mp4, int ftypSize) {
        byte[] copy = mp4.clone();
        copy[0] = (byte) (ftypSize >>> 24);
        copy[1] = (byte) (ftypSize >>> 16);
        copy[2] = (byte) (ftypSize >>> 8);
        copy[3] = (byte) ftypSize;
        return copy;
    }
}
