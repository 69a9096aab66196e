package io.posflow.onboarding.domain.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises an upload by its first bytes (architecture §5), never by its name or the Content-Type the client
 * declared: a text file named {@code id-front.jpg} is not a photo.
 */
public final class ContentSniffer {

    /** How many leading bytes {@link #sniff} needs to see (fewer only when the content is shorter). */
    public static final int HEAD_BYTES = 64;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);

    /** ftyp = size, "ftyp", major brand, minor version, then 4-byte compatible brands. */
    private static final int FTYP_MIN_SIZE = 16;
    private static final int FTYP_MAX_SIZE = 1024;

    /** Brands of MP4 video files as phones and encoders write them. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "mp41", "mp42", "avc1", "M4V ", "M4VP", "dash", "mmp4", "MSNV", "3gp4", "3gp5", "3gp6");

    /**
     * ISO BMFF files that are not MP4 video although they may list an MP4 brand: HEIF/AVIF still images
     * and MP4 audio. Accepting them as {@code video/mp4} would let a photo or a sound pass as a video.
     */
    private static final Set<String> NOT_VIDEO_BRANDS = Set.of("mif1", "msf1", "heic", "heix", "hevc", "hevx",
            "heim", "heis", "avif", "avis", "M4A ", "M4B ", "M4P ");

    private ContentSniffer() {
    }

    /**
     * @param head        the content's first bytes: {@link #HEAD_BYTES} of them, or all of a shorter content
     * @param totalLength the content's full length in bytes
     * @return the recognised type, or empty when the content is none of JPEG, PNG, PDF and MP4
     */
    public static Optional<DocumentType> sniff(byte[] head, long totalLength) {
        if (startsWith(head, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (isMp4(head, totalLength)) {
            return Optional.of(DocumentType.MP4);
        }
        return Optional.empty();
    }

    private static boolean isMp4(byte[] head, long totalLength) {
        if (head.length < FTYP_MIN_SIZE || !Arrays.equals(head, 4, 8, FTYP, 0, 4)) {
            return false;
        }
        long size = uint32(head, 0);
        boolean plausible = size >= FTYP_MIN_SIZE && size <= FTYP_MAX_SIZE && size % 4 == 0 && size <= totalLength;
        if (!plausible) {
            return false;
        }
        String major = brand(head, 8);
        if (NOT_VIDEO_BRANDS.contains(major)) {
            return false;
        }
        boolean mp4 = MP4_BRANDS.contains(major);
        // compatible brands follow the minor version, as far as the head shows them
        for (int at = 16; at + 4 <= Math.min(size, head.length); at += 4) {
            String compatible = brand(head, at);
            if (NOT_VIDEO_BRANDS.contains(compatible)) {
                return false;
            }
            mp4 |= MP4_BRANDS.contains(compatible);
        }
        return mp4;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static long uint32(byte[] bytes, int at) {
        return ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFFL) << 16) | ((bytes[at + 2] & 0xFFL) << 8)
                | (bytes[at + 3] & 0xFFL);
    }

    private static String brand(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
    }
}
