package io.posflow.onboarding.domain.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Small real files of each accepted type, and fakes, built in memory. */
public final class DocumentSamples {

    private DocumentSamples() {
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** An MP4 of {@code duration / timescale} seconds: ftyp, a little media data, then moov/mvhd (version 0). */
    public static byte[] mp4(long timescale, long duration) {
        return concat(ftyp("isom", "isom", "mp41"), box("mdat", new byte[32]),
                box("moov", mvhd(0, timescale, duration), box("trak", new byte[16])));
    }

    public static byte[] ftyp(String major, String... compatible) {
        ByteBuffer body = ByteBuffer.allocate(8 + 4 * compatible.length);
        body.put(ascii(major)).putInt(0x200);
        for (String brand : compatible) {
            body.put(ascii(brand));
        }
        return box("ftyp", body.array());
    }

    /** A movie header box, version 0 (32-bit times) or 1 (64-bit times). */
    public static byte[] mvhd(int version, long timescale, long duration) {
        ByteBuffer body = ByteBuffer.allocate(version == 1 ? 112 : 100);
        body.put((byte) version).put(new byte[3]);
        if (version == 1) {
            body.putLong(3_800_000_000L).putLong(3_800_000_001L).putInt((int) timescale).putLong(duration);
        } else {
            body.putInt(1).putInt(2).putInt((int) timescale).putInt((int) duration);
        }
        body.putInt(0x00010000).putShort((short) 0x0100); // rate 1.0, volume 1.0; the rest stays zero
        return box("mvhd", body.array());
    }

    public static byte[] box(String type, byte[]... children) {
        byte[] body = concat(children);
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).put(ascii(type)).put(body).array();
    }

    /** A box with a 64-bit size (size field 1, then the large size). */
    public static byte[] largeBox(String type, byte[] body) {
        return ByteBuffer.allocate(16 + body.length).putInt(1).put(ascii(type)).putLong(16L + body.length).put(body)
                .array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String fourCc) {
        byte[] bytes = fourCc.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length != 4) {
            throw new IllegalArgumentException("not a four-character code: " + fourCc);
        }
        return bytes;
    }
}
