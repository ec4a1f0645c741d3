package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseAccentsHyphensSpacesAndDotsDoNotCount() {
        for (String spelling : List.of("Kim Jong-un", "kim jong un", "KIM JONG-UN", "Kim Jong‐un", "Kim Jöng-un", "Kim  Jong Un")) {
            assertEquals("kimjongun", NameKey.of(spelling), spelling);
        }
        assertEquals(NameKey.of("U.S."), NameKey.of("US"));
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Kim Jong-un"), NameKey.of("Kim Jong-il"));
        assertNotEquals(NameKey.of("Kim Jong-un"), NameKey.of("Kim Yong-nam"));
    }

    @Test
    void otherScriptsAreKeptAsLetters() {
        assertEquals("владимирпутин", NameKey.of("Владимир Путин"));
        assertEquals("金正恩", NameKey.of("金正恩"));
    }

    @Test
    void wordsAreTheKeysOfEachWord() {
        assertEquals(List.of("kim", "jongun"), NameKey.words("Kim Jong-un"));
        assertEquals(List.of("sergei", "lavrov"), NameKey.words(" Sergei  Lavrov "));
    }

    @Test
    void searchWordsAlsoSplitHyphenatedWords() {
        assertEquals(Set.of("kim", "jongun", "jong", "un"), NameKey.searchWords(List.of("Kim Jong-un")));
    }
}
