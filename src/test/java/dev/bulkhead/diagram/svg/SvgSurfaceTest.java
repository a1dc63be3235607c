package dev.bulkhead.diagram.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.fonts.InterMetrics;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SVG text keeps the width the layout measured for it, whatever font the viewer has. */
class SvgSurfaceTest {
    private static final Pattern TEXT_LENGTH = Pattern.compile("<text [^>]*textLength=\"([0-9.]+)\" lengthAdjust=\"spacingAndGlyphs\"[^>]*>([^<]*)</text>");

    @Test
    void everyTextStatesItsMeasuredWidthSoAFallbackFontIsFittedToIt() {
        DiagramFont font = new DiagramFont(true, 12);
        SvgSurface surface = new SvgSurface(400, 100);
        surface.text("AGENT tutor-sandbox", font, 10, 20, DrawingSurface.Align.LEFT, 0);
        surface.text("centred name", font, 200, 50, DrawingSurface.Align.CENTER, 300);

        Matcher matcher = TEXT_LENGTH.matcher(surface.finish());
        int texts = 0;
        while (matcher.find()) {
            texts++;
            assertThat(Double.parseDouble(matcher.group(1))).as(matcher.group(2))
                    .isCloseTo(InterMetrics.width(matcher.group(2), font), org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(texts).isEqualTo(2);
    }

    @Test
    void textWiderThanItsRoomIsSqueezedToTheRoom() {
        DiagramFont font = new DiagramFont(false, 12);
        SvgSurface surface = new SvgSurface(400, 100);
        surface.text("a name far too long for the box it sits in", font, 10, 20, DrawingSurface.Align.LEFT, 80);

        Matcher matcher = TEXT_LENGTH.matcher(surface.finish());
        assertThat(matcher.find()).isTrue();
        assertThat(Double.parseDouble(matcher.group(1))).isEqualTo(80);
    }
}
