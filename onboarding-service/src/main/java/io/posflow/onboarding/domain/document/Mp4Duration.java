package io.posflow.onboarding.domain.document;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads an MP4's playing time from its movie header ({@code moov/mvhd}, ISO/IEC 14496-12 §8.2.2), so a
 * {@code BUSINESS_VIDEO} can be held to its 10 seconds (O2). Streams through the file once, skipping every
 * other box, so a {@code moov} after the media data is found as well as one at the front.
 */
public final class Mp4Duration {

    private static final int MOOV = fourCc("moov");
    private static final int MVHD = fourCc("mvhd");
    /** A version-0 duration of all ones means "unknown". */
    private static final long UNKNOWN_32 = 0xFFFFFFFFL;

    private Mp4Duration() {
    }

    /**
     * @return the duration, or empty when the stream has no readable movie header (not an MP4, truncated,
     * a zero timescale or an unknown duration)
     */
    public static Optional<Duration> read(InputStream content) throws IOException {
        DataInputStream in = new DataInputStream(content);
        try {
            return findMvhd(in, Long.MAX_VALUE, false);
        } catch (EOFException | MalformedBox truncatedOrBroken) {
            return Optional.empty();
        }
    }

    /** Walks the boxes in the next {@code available} bytes; descends into {@code moov}; reads {@code mvhd}. */
    private static Optional<Duration> findMvhd(DataInputStream in, long available, boolean insideMoov)
            throws IOException {
        long remaining = available;
        while (remaining > 0) {
            long size;
            int type;
            try {
                size = in.readInt() & 0xFFFFFFFFL;
            } catch (EOFException end) {
                if (available == Long.MAX_VALUE) {
                    return Optional.empty(); // the file ended between top-level boxes
                }
                throw end;
            }
            type = in.readInt();
            long header = 8;
            if (size == 1) {
                size = in.readLong();
                header = 16;
            } else if (size == 0) {
                size = remaining == Long.MAX_VALUE ? Long.MAX_VALUE : remaining; // extends to the end
            }
            if (size < header || size > remaining) {
                throw new MalformedBox();
            }
            long body = size == Long.MAX_VALUE ? Long.MAX_VALUE : size - header;
            if (type == MOOV && !insideMoov) {
                return findMvhd(in, body, true);
            }
            if (type == MVHD && insideMoov) {
                return movieHeader(in, body);
            }
            if (body == Long.MAX_VALUE) {
                return Optional.empty(); // a last box that is not the one we want
            }
            in.skipNBytes(body);
            if (remaining != Long.MAX_VALUE) {
                remaining -= size;
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> movieHeader(DataInputStream in, long body) throws IOException {
        int version = in.readUnsignedByte();
        in.skipNBytes(3); // flags
        long timescale;
        long duration;
        if (version == 1) {
            if (body < 32) {
                throw new MalformedBox();
            }
            in.skipNBytes(16); // creation and modification time, 64 bits each
            timescale = in.readInt() & 0xFFFFFFFFL;
            duration = in.readLong();
            if (duration == -1) {
                return Optional.empty();
            }
        } else if (version == 0) {
            if (body < 20) {
                throw new MalformedBox();
            }
            in.skipNBytes(8); // creation and modification time, 32 bits each
            timescale = in.readInt() & 0xFFFFFFFFL;
            duration = in.readInt() & 0xFFFFFFFFL;
            if (duration == UNKNOWN_32) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (timescale == 0 || duration < 0) {
            return Optional.empty();
        }
        // whole seconds and the remainder apart; an absurd length saturates rather than wrapping round
        long seconds = duration / timescale;
        long millis = (duration % timescale) * 1000L / timescale;
        return Optional.of(seconds > Long.MAX_VALUE / 1000 - 1 ? Duration.ofMillis(Long.MAX_VALUE)
                : Duration.ofMillis(seconds * 1000 + millis));
    }

    private static int fourCc(String code) {
        return (code.charAt(0) << 24) | (code.charAt(1) << 16) | (code.charAt(2) << 8) | code.charAt(3);
    }

    /** A box whose declared size cannot be right: the file is not a readable MP4. */
    private static final class MalformedBox extends IOException {
    }
}
