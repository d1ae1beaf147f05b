import Testing

@testable import CytoLens

/// Gold sentences sliced from markup files with inline markup are read as plain text.
@Suite("Markup sentence text")
struct MarkupSentenceTextTests {
    @Test("Inline tags go, character references are decoded, plain text stays as it is")
    func plainText() {
        #expect(
            MarkupSentenceText.plainText("IL-1<italic>&#x003b2;</italic> promotes growth [<xref ref-type=\"bibr\">12</xref>].")
                == "IL-1β promotes growth [12].")
        #expect(MarkupSentenceText.plainText("TNF&nbsp;&amp; IL-6 &lt;5&gt; &#946;") == "TNF & IL-6 <5> β")
        #expect(MarkupSentenceText.plainText("an &unknown; name stays") == "an &unknown; name stays")
        #expect(MarkupSentenceText.plainText("IL-6 promotes tumour growth.") == "IL-6 promotes tumour growth.")
    }
}
