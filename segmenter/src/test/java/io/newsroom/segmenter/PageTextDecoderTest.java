package io.newsroom.segmenter;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTextDecoderTest {

    private static final String TEXT = "本报讯（记者 赵宗锋 黄振） 3月24日至25日，密克罗尼西亚联邦副总统一行来聊访问。";
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void utf8WithAndWithoutBom() throws PageTextException {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(TEXT, PageTextDecoder.decode(plain, null).text());
        DecodedPage withBom = PageTextDecoder.decode(bom, null);
        assertEquals(TEXT, withBom.text());
        assertEquals("UTF-8", withBom.charset());
        assertEquals(TEXT, PageTextDecoder.decode(bom, "utf-8").text());
    }

    @Test
    void gb18030IsDetected() throws PageTextException {
        DecodedPage page = PageTextDecoder.decode(TEXT.getBytes(GB18030), null);
        assertEquals(TEXT, page.text());
        assertEquals("GB18030", page.charset());
        assertTrue(page.detected());
    }

    @Test
    void aWrongDeclaredCharsetIsReportedNotTurnedIntoMojibake() {
        PageTextException e = assertThrows(PageTextException.class,
                () -> PageTextDecoder.decode(TEXT.getBytes(GB18030), "UTF-8"));
        assertEquals(PageTextException.Reason.UNDECODABLE, e.reason());
    }

    @Test
    void bytesThatReadAsNeitherUtf8NorChineseAreRefused() {
        byte[] latin1 = "Größe naïve café façade — déjà vu".getBytes(StandardCharsets.ISO_8859_1);
        PageTextException e = assertThrows(PageTextException.class, () -> PageTextDecoder.decode(latin1, null));
        assertEquals(PageTextException.Reason.UNDECODABLE, e.reason());
    }

    @Test
    void unknownCharsetAndBinaryData() {
        assertEquals(PageTextException.Reason.UNSUPPORTED_CHARSET, assertThrows(PageTextException.class,
                () -> PageTextDecoder.decode(new byte[] {65}, "no-such-charset")).reason());
        byte[] binary = new byte[100];
        binary[0] = 65;
        assertEquals(PageTextException.Reason.BINARY,
                assertThrows(PageTextException.class, () -> PageTextDecoder.decode(binary, null)).reason());
    }

    @Test
    void plausibleShareIsHighForChineseAndLowForMojibake() {
        assertEquals(1.0, PageTextDecoder.plausibleShare(TEXT));
        assertFalse(PageTextDecoder.plausibleShare("\u0100\u0101\u0102\u0400\u0401") >= PageTextDecoder.MIN_PLAUSIBLE_SHARE);
    }
}
