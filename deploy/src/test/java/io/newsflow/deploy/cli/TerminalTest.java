package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void storedTextIsPrintedAsOneLineWithoutEscapeSequencesOrControls() {
        assertEquals("Budget approved txt.exe",
                Terminal.line("Budget \u001B[31mapproved\u001B[0m\n\u202Etxt.exe\u202C\u0007", "-"));
        assertEquals("(untitled)", Terminal.line(null, "(untitled)"));
    }

    @Test
    void aSnippetShowsMarkupSpelledAsTextAsCharactersAndTheMatchedWordsMarked() {
        assertEquals("a *lighthouse* keeper found <img src=x onerror=alert(5)> written",
                Terminal.snippet("a <em>lighthouse</em> keeper found &lt;img src=x onerror=alert(5)&gt; written"));
    }
}
