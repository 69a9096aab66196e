package io.posflow.onboarding.domain.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OriginalFileNameTest {

    @Test
    void K7_theNameIsKeptAsGiven() {
        assertThat(OriginalFileName.sanitise("id-front blurry.jpg")).isEqualTo("id-front blurry.jpg");
        assertThat(OriginalFileName.sanitise("门头照片.png")).isEqualTo("门头照片.png");
    }

    @Test
    void anyPathIsStripped() {
        assertThat(OriginalFileName.sanitise("/home/wang/photos/scene.jpg")).isEqualTo("scene.jpg");
        assertThat(OriginalFileName.sanitise("C:\\fakepath\\scene.jpg")).isEqualTo("scene.jpg");
        assertThat(OriginalFileName.sanitise("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void controlAndDirectionCharactersAreDropped() {
        assertThat(OriginalFileName.sanitise("a\r\nb\u0000.jpg")).isEqualTo("ab.jpg");
        assertThat(OriginalFileName.sanitise("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
    }

    @Test
    void aMissingNameIsEmpty() {
        assertThat(OriginalFileName.sanitise(null)).isEmpty();
        assertThat(OriginalFileName.sanitise("  ")).isEmpty();
    }

    @Test
    void aLongNameIsCutWithoutSplittingACharacter() {
        assertThat(OriginalFileName.sanitise("a".repeat(300))).hasSize(OriginalFileName.MAX_LENGTH);
        for (String emoji : new String[] {"😀".repeat(200), "a" + "😀".repeat(200)}) {
            String cut = OriginalFileName.sanitise(emoji);
            assertThat(cut.length()).isBetween(OriginalFileName.MAX_LENGTH - 1, OriginalFileName.MAX_LENGTH);
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        }
    }
}
