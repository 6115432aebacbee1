package io.newsroom.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void ordinaryTextPairedSurrogatesAndNullPass() {
        assertNull(Texts.flaw("聊城日报 要闻\n\t"));
        assertNull(Texts.flaw("𠀀 emoji 😀 at the end😀"));
        assertNull(Texts.flaw(""));
        assertNull(Texts.flaw(null));
    }

    @Test
    void nulIsRefusedWithItsPosition() {
        assertTrue(Texts.flaw("ab\u0000").contains("NUL character (U+0000) at position 3"), Texts.flaw("ab\u0000"));
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertTrue(Texts.flaw("\ud800").contains("unpaired surrogate (U+D800) at position 1"));
        assertTrue(Texts.flaw("a\udc00b").contains("U+DC00"));
        assertTrue(Texts.flaw("x\ud83d").contains("U+D83D at position 2") || Texts.flaw("x\ud83d").contains("(U+D83D)"));
        assertTrue(Texts.flaw("\ude00\ud83d").contains("U+DE00"), "a low surrogate before its high one is unpaired");
    }

    @Test
    void checkNamesTheField() {
        assertEquals("ok", Texts.check("page_name", "ok"));
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Texts.check("page_name", "a\u0000"));
        assertEquals("page_name", e.field());
    }
}
