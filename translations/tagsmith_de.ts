<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AvDecoder</name>
    <message>
        <location filename="../core/media/avdecoder.cpp" line="+21"/>
        <source>no decoder for the %1 codec</source>
        <translation>kein Decoder für den Codec %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of memory opening the decoder</source>
        <translation>zu wenig Speicher beim Öffnen des Decoders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the %1 decoder: %2</source>
        <translation>der Decoder %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+25"/>
        <source>timed out decoding a video frame</source>
        <translation>Zeitüberschreitung beim Dekodieren eines Videobilds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no frame could be decoded: %1</source>
        <translation>kein Bild konnte dekodiert werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no frame could be decoded</source>
        <translation>kein Bild konnte dekodiert werden</translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <location filename="../core/media/avinput.cpp" line="+43"/>
        <source>out of memory opening the video</source>
        <translation>zu wenig Speicher beim Öffnen des Videos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timed out opening the file</source>
        <translation>Zeitüberschreitung beim Öffnen der Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timed out reading the stream headers</source>
        <translation>Zeitüberschreitung beim Lesen der Stream-Header</translation>
    </message>
</context>
<context>
    <name>CatalogCheck</name>
    <message>
        <location filename="../ui/desktop/catalogcheck.cpp" line="+16"/>
        <source>%1 already exists; choose Open Catalog to open it, or another name for a new catalog.</source>
        <translation>%1 gibt es schon; öffnen Sie den Katalog mit „Katalog öffnen“ oder wählen Sie für einen neuen Katalog einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog %1 does not exist (any more).</source>
        <translation>Den Katalog %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a catalog file.</source>
        <translation>%1 ist ein Ordner, keine Katalogdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Tagsmith catalog: it is not an SQLite database (empty, damaged or another kind of file).</source>
        <translation>%1 ist kein Tagsmith-Katalog: Die Datei ist keine SQLite-Datenbank (leer, beschädigt oder eine andere Art Datei).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog %1 is damaged: %2</source>
        <translation>Der Katalog %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>CompoundFile</name>
    <message>
        <location filename="../core/text/compoundfile.cpp" line="+140"/>
        <source>stream %1 missing</source>
        <translation>Stream %1 fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1 too large</source>
        <translation>Stream %1 ist zu groß</translation>
    </message>
</context>
<context>
    <name>CsvCatalogTransfer</name>
    <message>
        <location filename="../core/metadata/catalogio/csvcatalogtransfer.cpp" line="+35"/>
        <source>not in the catalog: %1</source>
        <translation>nicht im Katalog: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvMetadata</name>
    <message>
        <location filename="../core/metadata/csvmetadata.cpp" line="+32"/>
        <source>an empty tag between &apos;|&apos; separators</source>
        <translation>ein leeres Tag zwischen &apos;|&apos;-Trennzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tag &quot;%1&quot; has an empty level</source>
        <translation>das Tag „%1“ hat eine leere Ebene</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the CSV file is larger than %1 MB</source>
        <translation>die CSV-Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV file is not UTF-8 text</source>
        <translation>die CSV-Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CSV file is empty</source>
        <translation>die CSV-Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first row must be the header %1</source>
        <translation>die erste Zeile muss die Kopfzeile %1 sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 columns (%2), found %3</source>
        <translation>%1 Spalten erwartet (%2), %3 gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already on row %2</source>
        <translation>%1 steht bereits in Zeile %2</translation>
    </message>
</context>
<context>
    <name>CsvRecords</name>
    <message>
        <location filename="../core/metadata/csvrecords.cpp" line="+15"/>
        <source>a quoted field is never closed (the quote opens on line %1)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (das Anführungszeichen beginnt in Zeile %1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quotes in it)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (das ganze Feld in Anführungszeichen setzen und die enthaltenen verdoppeln)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message>
        <location filename="../ui/desktop/csvtransfer.cpp" line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 (line %2) rejected: %3</source>
        <translation>Zeile %1 (Textzeile %2) abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../core/media/documentcard.cpp" line="+50"/>
        <source>out of memory drawing the document card</source>
        <translation>zu wenig Speicher beim Zeichnen der Dokumentkarte</translation>
    </message>
</context>
<context>
    <name>DocumentProbe</name>
    <message>
        <location filename="../core/media/documentprobe.cpp" line="+56"/>
        <source>corrupt %1: %2</source>
        <translation>beschädigte %1-Datei: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>corrupt %1: the main part %2 is missing</source>
        <translation>beschädigte %1-Datei: der Hauptteil %2 fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office document</source>
        <translation>Office-Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a recognised image, video or document format (a ZIP archive)</source>
        <translation>kein erkanntes Bild-, Video- oder Dokumentformat (ein ZIP-Archiv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a recognised image, video or document format (an OLE compound file)</source>
        <translation>kein erkanntes Bild-, Video- oder Dokumentformat (eine OLE-Verbunddatei)</translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <location filename="../core/text/docxreader.cpp" line="+16"/>
        <source>corrupt DOCX: word/document.xml missing</source>
        <translation>beschädigte DOCX-Datei: word/document.xml fehlt</translation>
    </message>
</context>
<context>
    <name>ExifReader</name>
    <message>
        <location filename="../core/media/exifreader.cpp" line="+54"/>
        <source>no metadata support for this file</source>
        <translation>für diese Datei werden keine Metadaten unterstützt</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>unreadable metadata: %1</source>
        <translation>unlesbare Metadaten: %1</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <location filename="../core/media/filecheck.cpp" line="+20"/>
        <source>broken symbolic link: its target does not exist</source>
        <translation>defekte symbolische Verknüpfung: ihr Ziel existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>symbolic link loop: too many levels of symbolic links</source>
        <translation>Schleife symbolischer Verknüpfungen: zu viele Ebenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>permission denied: the file cannot be read</source>
        <translation>Zugriff verweigert: die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>cannot access the file: %1</source>
        <translation>kein Zugriff auf die Datei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file (device, pipe or socket)</source>
        <translation>keine reguläre Datei (Gerät, Pipe oder Socket)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>FolderRemoval</name>
    <message>
        <location filename="../core/services/folderremoval.cpp" line="+30"/>
        <source>%1 is not a folder of the catalog.</source>
        <translation>%1 ist kein Ordner des Katalogs.</translation>
    </message>
</context>
<context>
    <name>GenericSources</name>
    <message>
        <location filename="../core/services/genericsources.cpp" line="+22"/>
        <source>%1 is not a generic label source (imagenet or objects)</source>
        <translation>%1 ist keine Quelle generischer Labels (imagenet oder objects)</translation>
    </message>
</context>
<context>
    <name>HeifImage</name>
    <message>
        <location filename="../core/media/heifimage.cpp" line="+39"/>
        <location line="+4"/>
        <source>corrupt HEIF/AVIF file: %1</source>
        <translation>beschädigte HEIF/AVIF-Datei: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HEIF/AVIF header claims %1×%2 pixels, over the %3-megapixel limit</source>
        <translation>der HEIF/AVIF-Header gibt %1×%2 Pixel an, mehr als die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt HEIF/AVIF file: the image has no size</source>
        <translation>beschädigte HEIF/AVIF-Datei: das Bild hat keine Größe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot decode the HEIF/AVIF image: %1</source>
        <translation>das HEIF/AVIF-Bild lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot decode the HEIF/AVIF image: no pixel data</source>
        <translation>das HEIF/AVIF-Bild lässt sich nicht dekodieren: keine Pixeldaten</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <location filename="../core/media/imagedecoder.cpp" line="+56"/>
        <source>not an image (%1)</source>
        <translation>kein Bild (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>corrupt %1 image: %2</source>
        <translation>beschädigtes %1-Bild: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 header claims %2×%3 pixels, over the %4-megapixel limit</source>
        <translation>der %1-Header gibt %2×%3 Pixel an, mehr als die Grenze von %4 Megapixeln</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot decode the %1 image: %2</source>
        <translation>das %1-Bild lässt sich nicht dekodieren: %2</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <location filename="../core/media/imageprobe.cpp" line="+79"/>
        <source>unsupported image format (%1)</source>
        <translation>nicht unterstütztes Bildformat (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>corrupt %1 image: %2</source>
        <translation>beschädigtes %1-Bild: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 header claims %2×%3 pixels, over the %4-megapixel limit</source>
        <translation>der %1-Header gibt %2×%3 Pixel an, mehr als die Grenze von %4 Megapixeln</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot decode the %1 image: %2</source>
        <translation>das %1-Bild lässt sich nicht dekodieren: %2</translation>
    </message>
</context>
<context>
    <name>JpegStructure</name>
    <message>
        <location filename="../core/media/jpegstructure.cpp" line="+46"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt JPEG: no start-of-image marker</source>
        <translation>beschädigtes JPEG: keine Start-of-Image-Markierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>corrupt JPEG: damaged marker structure at byte %1</source>
        <translation>beschädigtes JPEG: beschädigte Markierungsstruktur bei Byte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>truncated JPEG: the image data ends before the end-of-image marker</source>
        <translation>abgeschnittenes JPEG: die Bilddaten enden vor der End-of-Image-Markierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated JPEG: the file ends inside the headers, before any image data</source>
        <translation>abgeschnittenes JPEG: die Datei endet in den Headern, vor allen Bilddaten</translation>
    </message>
</context>
<context>
    <name>MediaProber</name>
    <message>
        <location filename="../core/media/mediaprober.cpp" line="+45"/>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not a recognised image, video or document format</source>
        <translation>kein erkanntes Bild-, Video- oder Dokumentformat</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/metadatareader.cpp" line="+52"/>
        <location line="+2"/>
        <source>unreadable embedded metadata: %1</source>
        <translation>unlesbare eingebettete Metadaten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read sidecar %1: %2</source>
        <translation>die Filialdatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sidecar %1 is larger than %2 MB and was skipped</source>
        <translation>die Filialdatei %1 ist größer als %2 MB und wurde übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sidecar %1 is not valid XMP</source>
        <translation>die Filialdatei %1 ist kein gültiges XMP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sidecar %1 is not valid XMP: %2</source>
        <translation>die Filialdatei %1 ist kein gültiges XMP: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>more than %1 keywords; the rest were ignored</source>
        <translation>mehr als %1 Schlagwörter; der Rest wurde ignoriert</translation>
    </message>
</context>
<context>
    <name>OdfReader</name>
    <message>
        <location filename="../core/text/odfreader.cpp" line="+17"/>
        <source>corrupt %1: content.xml missing</source>
        <translation>beschädigte %1-Datei: content.xml fehlt</translation>
    </message>
</context>
<context>
    <name>OfficePart</name>
    <message>
        <location filename="../core/text/officepart.cpp" line="+19"/>
        <source>corrupt XML in %1</source>
        <translation>beschädigtes XML in %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>PdfProbe</name>
    <message>
        <location filename="../core/media/pdfprobe.cpp" line="+20"/>
        <source>corrupt PDF: Poppler cannot open it</source>
        <translation>beschädigtes PDF: Poppler kann es nicht öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted PDF: password required</source>
        <translation>verschlüsseltes PDF: Passwort erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>corrupt PDF: no pages</source>
        <translation>beschädigtes PDF: keine Seiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>corrupt PDF: the first page cannot be read</source>
        <translation>beschädigtes PDF: die erste Seite lässt sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>PngStructure</name>
    <message>
        <location filename="../core/media/pngstructure.cpp" line="+94"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>corrupt PNG: bad signature</source>
        <translation>beschädigtes PNG: ungültige Signatur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>truncated PNG: the file ends before the IEND chunk</source>
        <translation>abgeschnittenes PNG: die Datei endet vor dem IEND-Chunk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>truncated PNG: the file ends inside the %1 chunk</source>
        <translation>abgeschnittenes PNG: die Datei endet im %1-Chunk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>corrupt PNG: IHDR chunk too short</source>
        <translation>beschädigtes PNG: IHDR-Chunk zu kurz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG header claims %1×%2 pixels, over the %3-megapixel limit</source>
        <translation>der PNG-Header gibt %1×%2 Pixel an, mehr als die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corrupt PNG: invalid header (%1×%2 pixels)</source>
        <translation>beschädigtes PNG: ungültiger Header (%1×%2 Pixel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrupt PNG: bad CRC in %1</source>
        <translation>beschädigtes PNG: falsche CRC in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt PNG: image data before the IHDR header chunk</source>
        <translation>beschädigtes PNG: Bilddaten vor dem IHDR-Kopfblock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt PNG: the compressed image data is damaged</source>
        <translation>beschädigtes PNG: die komprimierten Bilddaten sind beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt PNG: the image data inflates to more than the %1 bytes its header declares</source>
        <translation>beschädigtes PNG: die Bilddaten entpacken sich zu mehr als den %1 Bytes, die der Kopf angibt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>corrupt PNG: no IHDR header chunk</source>
        <translation>beschädigtes PNG: kein IHDR-Header-Chunk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrupt PNG: the image data is incomplete (%1 of %2 bytes)</source>
        <translation>beschädigtes PNG: die Bilddaten sind unvollständig (%1 von %2 Byte)</translation>
    </message>
</context>
<context>
    <name>PptReader</name>
    <message>
        <location filename="../core/text/pptreader.cpp" line="+75"/>
        <source>cannot open file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>corrupt PPT: %1</source>
        <translation>beschädigte PPT-Datei: %1</translation>
    </message>
</context>
<context>
    <name>PptxReader</name>
    <message>
        <location filename="../core/text/pptxreader.cpp" line="+26"/>
        <source>corrupt PPTX: no slides found</source>
        <translation>beschädigte PPTX-Datei: keine Folien gefunden</translation>
    </message>
</context>
<context>
    <name>PsdImage</name>
    <message>
        <location filename="../core/media/psdimage.cpp" line="+14"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>truncated PSD: the file header is incomplete</source>
        <translation>abgeschnittene PSD-Datei: der Dateiheader ist unvollständig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt PSD: unknown version %1</source>
        <translation>beschädigte PSD-Datei: unbekannte Version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt PSD: the header declares an empty image</source>
        <translation>beschädigte PSD-Datei: der Header gibt ein leeres Bild an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PSD header claims %1×%2 pixels, over the %3-megapixel limit</source>
        <translation>der PSD-Header gibt %1×%2 Pixel an, mehr als die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>corrupt PSD: %1</source>
        <translation>beschädigte PSD-Datei: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>corrupt PSD: no image data</source>
        <translation>beschädigte PSD-Datei: keine Bilddaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>corrupt PSD: unsupported pixel format</source>
        <translation>beschädigte PSD-Datei: nicht unterstütztes Pixelformat</translation>
    </message>
</context>
<context>
    <name>RtfReader</name>
    <message>
        <location filename="../core/text/rtfreader.cpp" line="+39"/>
        <source>corrupt RTF: missing {\rtf header</source>
        <translation>beschädigte RTF-Datei: der Header {\rtf fehlt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>corrupt RTF: groups nested too deeply</source>
        <translation>beschädigte RTF-Datei: Gruppen zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>SidecarTags</name>
    <message>
        <location filename="../core/metadata/catalogio/sidecartags.cpp" line="+12"/>
        <source>not in the catalog: %1</source>
        <translation>nicht im Katalog: %1</translation>
    </message>
</context>
<context>
    <name>SidecarWriter</name>
    <message>
        <location filename="../core/metadata/sidecarwriter.cpp" line="+110"/>
        <source>cannot write sidecar %1: folder is read-only</source>
        <translation>die Filialdatei %1 lässt sich nicht schreiben: der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>cannot write sidecar %1: %2</source>
        <translation>die Filialdatei %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>cannot read sidecar %1: %2</source>
        <translation>die Filialdatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge into sidecar %1: larger than %2 MB</source>
        <translation>kann nicht in die Filialdatei %1 zusammenführen: größer als %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot merge into sidecar %1: it is not valid XMP</source>
        <translation>kann nicht in die Filialdatei %1 zusammenführen: sie ist kein gültiges XMP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot remove the empty sidecar %1</source>
        <translation>die leere Filialdatei %1 lässt sich nicht entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write sidecar %1: the XMP could not be encoded</source>
        <translation>die Filialdatei %1 lässt sich nicht schreiben: das XMP konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write tags into %1: the file is read-only</source>
        <translation>Tags lassen sich nicht in %1 schreiben: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write tags into %1: no metadata support for this file</source>
        <translation>Tags lassen sich nicht in %1 schreiben: für diese Datei werden keine Metadaten unterstützt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write tags for %1: file not found</source>
        <translation>Tags für %1 lassen sich nicht schreiben: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>cannot write tags for %1: %2</source>
        <translation>Tags für %1 lassen sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>TagEdits</name>
    <message>
        <location filename="../core/services/tagedits.cpp" line="+23"/>
        <location line="+5"/>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>TaxonomyEdits</name>
    <message>
        <location filename="../core/services/taxonomyedits.cpp" line="+25"/>
        <source>Give %1: a tag path such as vehicles/cars.</source>
        <translation>Bitte %1 angeben: einen Tag-Pfad wie fahrzeuge/autos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be a tag: a tag name cannot contain “|”.</source>
        <translation>„%1“ kann kein Tag sein: ein Tag-Name darf kein „|“ enthalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is a tag of the model “%2”, whose trained versions apply it by that name: change the model&apos;s tags in the training wizard and retrain it instead.</source>
        <translation>„%1“ ist ein Tag des Modells „%2“, dessen trainierte Versionen es unter diesem Namen vergeben: ändern Sie stattdessen die Tags des Modells im Trainingsassistenten und trainieren Sie es neu.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+74"/>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Tag „%1“.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>“%1” already exists: merge “%2” into it instead of renaming.</source>
        <translation>„%1“ gibt es schon: führen Sie „%2“ damit zusammen, statt umzubenennen.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no tag “%1” to merge into: rename “%2” to it instead.</source>
        <translation>Es gibt kein Tag „%1“ zum Zusammenführen: benennen Sie „%2“ stattdessen so um.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be merged into “%2”: its subtag “%3” would land on “%4”, which is merged away.</source>
        <translation>„%1“ kann nicht mit „%2“ zusammengeführt werden: sein Unter-Tag „%3“ landete auf „%4“, das dabei wegfällt.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the tag to rename</source>
        <translation>das umzubenennende Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new name</source>
        <translation>den neuen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” already has that name.</source>
        <translation>„%1“ heißt bereits so.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot move into its own subtree (“%2”).</source>
        <translation>„%1“ kann nicht unter sich selbst verschoben werden („%2“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the tag to merge</source>
        <translation>das zusammenzuführende Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tag to merge into</source>
        <translation>das Ziel-Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be merged into itself.</source>
        <translation>„%1“ kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be merged into its own subtag “%2”.</source>
        <translation>„%1“ kann nicht mit seinem eigenen Unter-Tag „%2“ zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../core/media/thumbnailer.cpp" line="+122"/>
        <source>no picture to show for this file</source>
        <translation>für diese Datei gibt es kein Bild zum Anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>corrupt PDF: Poppler cannot open it</source>
        <translation>beschädigtes PDF: Poppler kann es nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted PDF: password required</source>
        <translation>verschlüsseltes PDF: Passwort erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt PDF: the first page cannot be read</source>
        <translation>beschädigtes PDF: die erste Seite lässt sich nicht lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt PDF: the first page has no size</source>
        <translation>beschädigtes PDF: die erste Seite hat keine Größe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrupt PDF: the first page cannot be rendered</source>
        <translation>beschädigtes PDF: die erste Seite lässt sich nicht darstellen</translation>
    </message>
</context>
<context>
    <name>VideoFrameReader</name>
    <message>
        <location filename="../core/media/videoframereader.cpp" line="+41"/>
        <source>cannot open the video: %1</source>
        <translation>das Video lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no video stream (audio only)</source>
        <translation>kein Videostream (nur Audio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>video frames of %1×%2 pixels are over the %3-megapixel limit</source>
        <translation>Videobilder mit %1×%2 Pixeln liegen über der Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+25"/>
        <source>cannot seek to %1 s</source>
        <translation>Sprung zu %1 s nicht möglich</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>out of memory for a video frame</source>
        <translation>kein Speicher für ein Videobild</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a video frame cannot be converted to an image</source>
        <translation>ein Videobild lässt sich nicht in ein Bild umwandeln</translation>
    </message>
</context>
<context>
    <name>VideoFrameSampler</name>
    <message>
        <location filename="../core/processing/videoframesampler.cpp" line="+36"/>
        <source>no frame decoded within %1 s</source>
        <translation>innerhalb von %1 s wurde kein Bild dekodiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no frame could be decoded</source>
        <translation>kein Bild konnte dekodiert werden</translation>
    </message>
</context>
<context>
    <name>VideoFrames</name>
    <message>
        <location filename="../core/media/videoframes.cpp" line="+64"/>
        <location line="+15"/>
        <source>no frame could be decoded</source>
        <translation>kein Bild konnte dekodiert werden</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <location filename="../core/media/videoprobe.cpp" line="+39"/>
        <source>MP4 without an index (moov atom missing): the file is incomplete</source>
        <translation>MP4 ohne Index (moov-Atom fehlt): die Datei ist unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>corrupt video: %1</source>
        <translation>beschädigtes Video: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>no video stream (audio only)</source>
        <translation>kein Videostream (nur Audio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no video or audio stream</source>
        <translation>kein Video- oder Audiostream</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>video frames of %1×%2 pixels are over the %3-megapixel limit</source>
        <translation>Videobilder mit %1×%2 Pixeln überschreiten die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported video: %1</source>
        <translation>nicht unterstütztes Video: %1</translation>
    </message>
</context>
<context>
    <name>ZipDirectory</name>
    <message>
        <location filename="../core/media/zipdirectory.cpp" line="+21"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt ZIP container: too short</source>
        <translation>beschädigter ZIP-Container: zu kurz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>corrupt ZIP container: no central directory (truncated file?)</source>
        <translation>beschädigter ZIP-Container: kein zentrales Verzeichnis (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many ZIP entries (%1)</source>
        <translation>zu viele ZIP-Einträge (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrupt ZIP container: central directory out of range</source>
        <translation>beschädigter ZIP-Container: zentrales Verzeichnis außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>corrupt ZIP container: damaged central directory</source>
        <translation>beschädigter ZIP-Container: beschädigtes zentrales Verzeichnis</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../core/catalog/browsequeries.cpp" line="+95"/>
        <source>the asset %1 is no longer in the catalog</source>
        <translation>die Datei %1 ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="+39"/>
        <source>cannot create the folder of the catalog %1</source>
        <translation>der Ordner des Katalogs %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the catalog %1: its folder is not writable</source>
        <translation>der Katalog %1 kann nicht angelegt werden: sein Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the catalog %1: %2</source>
        <translation>der Katalog %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/migrations.cpp" line="+295"/>
        <source>the catalog was written by a newer Tagsmith (schema %1, this one knows %2)</source>
        <translation>der Katalog wurde von einem neueren Tagsmith geschrieben (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/sql.cpp" line="+37"/>
        <source>the catalog %1 is read-only: this change cannot be saved (%2)</source>
        <translation>der Katalog %1 ist schreibgeschützt: diese Änderung kann nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalog error: %1 (%2)</source>
        <translation>Katalogfehler: %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot start a catalog transaction: %1</source>
        <translation>eine Katalogtransaktion lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot commit to the catalog: %1</source>
        <translation>in den Katalog lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/tagrepository.cpp" line="+47"/>
        <source>a tag needs a name</source>
        <translation>ein Tag braucht einen Namen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the asset has no smart tag %1</source>
        <translation>die Datei hat kein Smart-Tag %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/folderrepository.cpp" line="+228"/>
        <source>%1 must be inherit, enable or disable, not &quot;%2&quot;</source>
        <translation>%1 muss inherit, enable oder disable sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>%1 is not a folder in the catalog</source>
        <translation>%1 ist kein Ordner im Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/genericlabelrepository.cpp" line="+35"/>
        <location line="+18"/>
        <source>%1 is not a generic label source</source>
        <translation>%1 ist keine Quelle allgemeiner Labels</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../core/catalog/modelrepository.cpp" line="+152"/>
        <source>a threshold lies between 0 and 1, not %1</source>
        <translation>ein Schwellenwert liegt zwischen 0 und 1, nicht bei %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a label needs a name</source>
        <translation>ein Label braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelrepository.cpp" line="+5"/>
        <location line="+12"/>
        <source>no model with id %1</source>
        <translation>kein Modell mit der ID %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a model is an object or an action model, not &quot;%1&quot;</source>
        <translation>ein Modell ist ein Objekt- oder ein Aktionsmodell, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/metadata.cpp" line="+149"/>
        <source>exported %n asset(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+25"/>
        <source>usage: tagsmith-cli [--catalog FILE] [--models DIR] [--json] COMMAND ...</source>
        <translation>Aufruf: tagsmith-cli [--catalog DATEI] [--models ORDNER] [--json] BEFEHL ...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/folder.cpp" line="+126"/>
        <source>removed %n asset(s) in %1 from the catalog; no file was touched</source>
        <translation>
            <numerusform>%n Asset in %1 aus dem Katalog entfernt; keine Datei wurde angerührt</numerusform>
            <numerusform>%n Assets in %1 aus dem Katalog entfernt; keine Datei wurde angerührt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../core/importing/contenthash.cpp" line="+17"/>
        <location filename="../core/importing/filewalker.cpp" line="+24"/>
        <source>permission denied: the file is unreadable</source>
        <translation>Zugriff verweigert: die Datei ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <location filename="../core/importing/filewalker.cpp" line="-3"/>
        <source>symbolic link loop</source>
        <translation>Schleife symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/importing/importer.cpp" line="+131"/>
        <source>broken symbolic link</source>
        <translation>defekte symbolische Verknüpfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path too long</source>
        <translation>Pfad zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the name is not valid UTF-8, so it cannot be catalogued: rename it</source>
        <translation>der Name ist kein gültiges UTF-8 und kann nicht katalogisiert werden: bitte umbenennen</translation>
    </message>
    <message>
        <location filename="../core/importing/importer.cpp" line="+1"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>an XMP sidecar is not imported on its own: it is read with the file it describes</source>
        <translation>eine XMP-Begleitdatei wird nicht allein importiert: sie wird mit der Datei gelesen, die sie beschreibt</translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../core/jobs/jobrunner.cpp" line="+198"/>
        <source>the file is no longer there</source>
        <translation>die Datei ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+25"/>
        <source>Tagsmith: browse, tag and find your assets.</source>
        <translation>Tagsmith: Ihre Medien durchsuchen, verschlagworten und finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the catalog FILE instead of the default one.</source>
        <translation>Den Katalog DATEI statt des Standardkatalogs öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file or folder to show (its folder is selected).</source>
        <translation>Eine Datei oder ein Ordner zum Anzeigen (der Ordner wird ausgewählt).</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../core/search/similarity.cpp" line="+35"/>
        <source>the asset has no cached embedding yet (it is computed on import when the models are installed)</source>
        <translation>die Datei hat noch kein zwischengespeichertes Embedding (es wird beim Importieren berechnet, wenn die Modelle installiert sind)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the asset has no cached embedding of %1</source>
        <translation>die Datei hat kein zwischengespeichertes Embedding von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the query has %1 dimensions, the embeddings %2</source>
        <translation>die Anfrage hat %1 Dimensionen, die Embeddings %2</translation>
    </message>
    <message>
        <location filename="../core/search/smarttierwalk.cpp" line="+41"/>
        <source>reading ranked smart tags failed: %1</source>
        <translation>das Lesen der geordneten Smart-Tags ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/search/syntheticscale.cpp" line="+26"/>
        <source>only a freshly filled synthetic catalog can be grown</source>
        <translation>nur ein frisch gefüllter synthetischer Katalog kann vergrößert werden</translation>
    </message>
</context>
<context>
    <name>tagging</name>
    <message>
        <location filename="../core/processing/processingpipeline.cpp" line="+32"/>
        <source>smart tags are off: %1</source>
        <translation>Smart-Tags sind aus: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a threshold must lie between %1 and %2, not %3</source>
        <translation>ein Schwellenwert muss zwischen %1 und %2 liegen, nicht bei %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the settings file %1</source>
        <translation>die Einstellungsdatei %1 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <location filename="../core/processing/objectjob.cpp" line="+88"/>
        <location filename="../core/processing/tagjob.cpp" line="+110"/>
        <location filename="../core/processing/videotagjob.cpp" line="+26"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/tagging/embedderpool.cpp" line="+61"/>
        <source>cannot decode the image for smart tags: %1</source>
        <translation>das Bild lässt sich für Smart-Tags nicht dekodieren: %1</translation>
    </message>
    <message>
        <location filename="../core/processing/videotagjob.cpp" line="+126"/>
        <source>no frame could be decoded</source>
        <translation>kein Bild konnte dekodiert werden</translation>
    </message>
</context>
<context>
    <name>tagsmith</name>
    <message>
        <location filename="../core/training/foldertraining.cpp" line="+75"/>
        <source>no such folder: %1</source>
        <translation>Ordner existiert nicht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importing the examples</source>
        <translation>die Beispiele werden importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the import of the examples was cancelled</source>
        <translation>der Import der Beispiele wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>smart tags are off: %1</source>
        <translation>Smart-Tags sind aus: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>computing embeddings of %1 images</source>
        <translation>Embeddings von %1 Bildern werden berechnet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/previewrenderer.cpp" line="+27"/>
        <source>corrupt PDF: Poppler cannot open it</source>
        <translation>beschädigtes PDF: Poppler kann es nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted PDF: password required</source>
        <translation>verschlüsseltes PDF: Passwort erforderlich</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>corrupt PDF: no page can be rendered</source>
        <translation>beschädigtes PDF: keine Seite lässt sich darstellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No preview for this kind of file; use Open Externally.</source>
        <translation>Keine Vorschau für diese Dateiart; verwenden Sie „Extern öffnen“.</translation>
    </message>
    <message>
        <location filename="../ui/training/examplewarnings.cpp" line="+78"/>
        <source>%1 looks unlike the other examples of &quot;%2&quot; (similarity %3, typical %4).</source>
        <translation>%1 sieht anders aus als die übrigen Beispiele von „%2“ (Ähnlichkeit %3, typisch %4).</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingrules.cpp" line="+18"/>
        <source>Choose at least %1 tags: a model tells its tags apart (%2 chosen).</source>
        <translation>Wählen Sie mindestens %1 Tags: ein Modell unterscheidet seine Tags voneinander (%2 gewählt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A model can have at most %1 tags (%2 chosen).</source>
        <translation>Ein Modell kann höchstens %1 Tags haben (%2 gewählt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; has %2 examples; it needs at least %3.</source>
        <translation>„%1“ hat %2 Beispiele; es braucht mindestens %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has %2 examples; at most %3 are allowed.</source>
        <translation>„%1“ hat %2 Beispiele; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an example of both &quot;%2&quot; and &quot;%3&quot;: an image may serve one tag per model.</source>
        <translation>%1 ist Beispiel sowohl für „%2“ als auch für „%3“: ein Bild darf pro Modell nur einem Tag dienen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2–%3</source>
        <translation>%1 von %2–%3</translation>
    </message>
</context>
<context>
    <name>tagsmith::AboutDialog</name>
    <message>
        <location filename="../ui/desktop/aboutdialog.cpp" line="+29"/>
        <source>Tagsmith</source>
        <translation>Tagsmith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenCV</source>
        <translation>OpenCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FFmpeg</source>
        <translation>FFmpeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poppler</source>
        <translation>Poppler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exiv2</source>
        <translation>Exiv2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model pack</source>
        <translation>Modellpaket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes, in %1</source>
        <translation>ja, in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Tagsmith</source>
        <translation>Über Tagsmith</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse, tag and find your assets, offline: nothing leaves this machine.</source>
        <translation>Dateien durchsuchen, verschlagworten und finden, offline: Nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagsmith version</source>
        <translation>Tagsmith-Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tagsmith icon</source>
        <translation>Tagsmith-Symbol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versions and model licences</source>
        <translation>Versionen und Modelllizenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model packs</source>
        <translation>Modellpakete</translation>
    </message>
</context>
<context>
    <name>tagsmith::AssetGridModel</name>
    <message numerus="yes">
        <location filename="../ui/assetgridmodel.cpp" line="+37"/>
        <source>%n p.</source>
        <comment>page count badge</comment>
        <translation>
            <numerusform>%n S.</numerusform>
            <numerusform>%n S.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>tagsmith::BatchTagDialog</name>
    <message>
        <location filename="../ui/tags/batchtagdialog.cpp" line="+16"/>
        <source>Add Tags to Selection</source>
        <translation>Tags zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Tags from Selection</source>
        <translation>Tags von der Auswahl entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tags to add to the %n selected asset(s), separated by commas:</source>
        <translation>
            <numerusform>Tags für die %n ausgewählte Datei, durch Kommas getrennt:</numerusform>
            <numerusform>Tags für die %n ausgewählten Dateien, durch Kommas getrennt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tags to remove from the %n selected asset(s), separated by commas:</source>
        <translation>
            <numerusform>Von der %n ausgewählten Datei zu entfernende Tags, durch Kommas getrennt:</numerusform>
            <numerusform>Von den %n ausgewählten Dateien zu entfernende Tags, durch Kommas getrennt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. places/home, people/anna</source>
        <translation>z. B. orte/zuhause, personen/anna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type at least one tag.</source>
        <translation>Bitte mindestens ein Tag eingeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be a tag: a tag name cannot contain “|”.</source>
        <translation>„%1“ kann kein Tag sein: ein Tag-Name darf kein „|“ enthalten.</translation>
    </message>
</context>
<context>
    <name>tagsmith::CompoundFile</name>
    <message>
        <location filename="../core/text/compoundfile.cpp" line="-111"/>
        <source>not an OLE2 compound file</source>
        <translation>keine OLE2-Verbunddatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrupt OLE2 file: bad sector size</source>
        <translation>beschädigte OLE2-Datei: ungültige Sektorgröße</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>corrupt OLE2 file: DIFAT outside the file</source>
        <translation>beschädigte OLE2-Datei: DIFAT außerhalb der Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>corrupt OLE2 file: FAT outside the file</source>
        <translation>beschädigte OLE2-Datei: FAT außerhalb der Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>corrupt OLE2 file: no root entry</source>
        <translation>beschädigte OLE2-Datei: kein Stammeintrag</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>corrupt OLE2 file: broken sector chain</source>
        <translation>beschädigte OLE2-Datei: unterbrochene Sektorkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrupt OLE2 file: sector outside the file</source>
        <translation>beschädigte OLE2-Datei: Sektor außerhalb der Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>corrupt OLE2 file: stream shorter than declared</source>
        <translation>beschädigte OLE2-Datei: Stream kürzer als angegeben</translation>
    </message>
</context>
<context>
    <name>tagsmith::CsvExportDialog</name>
    <message>
        <location filename="../ui/desktop/csvexportdialog.cpp" line="+40"/>
        <location line="+189"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Selected assets (%n)</source>
        <translation>
            <numerusform>&amp;Ausgewähltes Asset (%n)</numerusform>
            <numerusform>&amp;Ausgewählte Assets (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;folder (none chosen)</source>
        <translation>Aktueller &amp;Ordner (keiner gewählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;folder: %1</source>
        <translation>Aktueller &amp;Ordner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole catalog</source>
        <translation>&amp;Ganzer Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected assets</source>
        <translation>Die ausgewählten Assets exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current folder</source>
        <translation>Den aktuellen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the whole catalog</source>
        <translation>Den ganzen Katalog exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include s&amp;mart tags (at or above their model&apos;s threshold)</source>
        <translation>S&amp;mart-Tags einschließen (ab dem Schwellenwert ihres Modells)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include smart tags</source>
        <translation>Smart-Tags einschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As tagsmith-cli csv export --include-smart. Importing the file back makes them manual tags.</source>
        <translation>Wie tagsmith-cli csv export --include-smart. Beim Wiedereinlesen der Datei werden sie zu manuellen Tags.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First rows of the CSV file</source>
        <translation>Erste Zeilen der CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows to export</source>
        <translation>Zu exportierende Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file to write</source>
        <translation>Zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the CSV file</source>
        <translation>Wählen, wo die CSV-Datei gespeichert wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export summary</source>
        <translation>Zusammenfassung des Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the CSV file</source>
        <translation>Die CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot list the rows: %1</source>
        <translation>Die Zeilen lassen sich nicht auflisten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n row(s) will be written; the first %1 are shown.</source>
        <translation>
            <numerusform>%n Zeile wird geschrieben; die ersten %1 werden gezeigt.</numerusform>
            <numerusform>%n Zeilen werden geschrieben; die ersten %1 werden gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) will be written.</source>
        <translation>
            <numerusform>%n Zeile wird geschrieben.</numerusform>
            <numerusform>%n Zeilen werden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose where to save the file first (Browse…).</source>
        <translation>Wählen Sie zuerst, wo die Datei gespeichert wird (Durchsuchen …).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n Asset nach %1 exportiert.</numerusform>
            <numerusform>%n Assets nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::CsvImportDialog</name>
    <message>
        <location filename="../ui/desktop/csvimportdialog.cpp" line="+51"/>
        <location line="+89"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>CSV &amp;file:</source>
        <translation>CSV-Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path,title,description,tags — as File &gt; Export CSV writes it</source>
        <translation>path,title,description,tags — wie Datei &gt; CSV exportieren sie schreibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file</source>
        <translation>Die CSV-Datei wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows of the CSV file and what importing them does</source>
        <translation>Zeilen der CSV-Datei und was ihr Import bewirkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+67"/>
        <source>Choose a CSV file to see what it would change.</source>
        <translation>Wählen Sie eine CSV-Datei, um zu sehen, was sie ändern würde.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the valid rows</source>
        <translation>Die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file cannot be imported: %1. Nothing will be written.</source>
        <translation>Diese Datei lässt sich nicht importieren: %1. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>will apply</source>
        <translation>wird übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown asset: not in the catalog</source>
        <translation>unbekanntes Asset: nicht im Katalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed row %1: %2</source>
        <translation>fehlerhafte Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed row %1 (line %2): %3</source>
        <translation>fehlerhafte Zeile %1 (Textzeile %2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n row(s) will be applied</source>
        <translation>
            <numerusform>%1: %n Zeile wird übernommen</numerusform>
            <numerusform>%1: %n Zeilen werden übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rejected (listed with their row and line).</source>
        <translation>
            <numerusform>, %n abgelehnt (mit Zeile und Textzeile aufgeführt).</numerusform>
            <numerusform>, %n abgelehnt (mit Zeile und Textzeile aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Nothing to import.</source>
        <translation> Nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 rows applied (%3 changed), %4 rejected.</source>
        <translation>%1 von %2 Zeilen übernommen (%3 geändert), %4 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>tagsmith::DocReader</name>
    <message>
        <location filename="../core/text/docreader.cpp" line="+27"/>
        <source>cannot open file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>corrupt DOC: %1</source>
        <translation>beschädigte DOC-Datei: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrupt DOC: no WordDocument stream</source>
        <translation>beschädigte DOC-Datei: kein WordDocument-Stream</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read DOC files: catdoc is not installed (Debian package catdoc)</source>
        <translation>DOC-Dateien lassen sich nicht lesen: catdoc ist nicht installiert (Debian-Paket catdoc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot run catdoc: %1</source>
        <translation>catdoc lässt sich nicht ausführen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DOC text extraction timed out</source>
        <translation>Zeitüberschreitung bei der Textextraktion aus DOC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>corrupt DOC: catdoc failed (%1)</source>
        <translation>beschädigte DOC-Datei: catdoc ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>tagsmith::DocumentText</name>
    <message>
        <location filename="../core/text/documenttext.cpp" line="+71"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file too large (%1 MiB)</source>
        <translation>Datei zu groß (%1 MiB)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported document format</source>
        <translation>nicht unterstütztes Dokumentformat</translation>
    </message>
</context>
<context>
    <name>tagsmith::DropCopier</name>
    <message>
        <location filename="../core/importing/dropcopier.cpp" line="+74"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a folder cannot be copied into itself</source>
        <translation>ein Ordner kann nicht in sich selbst kopiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no free name for a copy in %1</source>
        <translation>kein freier Name für eine Kopie in %1</translation>
    </message>
</context>
<context>
    <name>tagsmith::ExampleWarnings</name>
    <message>
        <location filename="../ui/training/examplewarnings.cpp" line="+20"/>
        <source>%1 and %2 are the same picture (identical content).</source>
        <translation>%1 und %2 sind dasselbe Bild (identischer Inhalt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2 are nearly the same picture (similarity %3).</source>
        <translation>%1 und %2 sind fast dasselbe Bild (Ähnlichkeit %3).</translation>
    </message>
</context>
<context>
    <name>tagsmith::ExamplesPage</name>
    <message>
        <location filename="../ui/training/examplespage.cpp" line="+54"/>
        <source>&amp;Add to Tag</source>
        <translation>Zum Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add example images</source>
        <translation>Beispielbilder hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every tag 10 to 50 typical images. Browse by folder, search by name, or drop images from the main window&apos;s grid onto the examples.</source>
        <translation>Geben Sie jedem Tag 10 bis 50 typische Bilder. Blättern Sie nach Ordnern, suchen Sie nach Namen oder ziehen Sie Bilder aus dem Raster des Hauptfensters auf die Beispiele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search images by name</source>
        <translation>Bilder nach Namen suchen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Catalog images</source>
        <translation>Bilder im Katalog</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Examples of &quot;%1&quot;</source>
        <translation>Beispiele für „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Next is disabled: %1</source>
        <translation>„Weiter“ ist gesperrt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough examples</source>
        <translation>Genügend Beispiele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every tag needs 10 to 50 examples</source>
        <translation>Jedes Tag braucht 10 bis 50 Beispiele</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… und %n weitere Warnung.</numerusform>
            <numerusform>… und %n weitere Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (training is still possible):
%1</source>
        <translation>Warnungen (Training ist trotzdem möglich):
%1</translation>
    </message>
</context>
<context>
    <name>tagsmith::FileActions</name>
    <message>
        <location filename="../ui/desktop/fileactions.cpp" line="+15"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write Metadata to Files…</source>
        <translation>Metadaten in Dateien &amp;schreiben …</translation>
    </message>
</context>
<context>
    <name>tagsmith::FolderRemover</name>
    <message>
        <location filename="../ui/desktop/folderremover.cpp" line="+24"/>
        <source>Remove from Catalog</source>
        <translation>Aus dem Katalog entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %1 and its %n asset(s) from the catalog?</source>
        <translation>
            <numerusform>%1 und sein %n Asset aus dem Katalog entfernen?</numerusform>
            <numerusform>%1 und seine %n Assets aus dem Katalog entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their tags, queued jobs and cached embeddings leave the catalog too, and rescans of the folders above leave this one out. No file on disk is touched; importing the folder again brings the assets back without their tags.</source>
        <translation>Ihre Tags, eingereihten Aufträge und zwischengespeicherten Embeddings verlassen den Katalog ebenfalls, und erneutes Einlesen der Ordner darüber lässt diesen aus. Keine Datei auf der Festplatte wird angerührt; wird der Ordner wieder importiert, kommen die Assets ohne ihre Tags zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove from Catalog</source>
        <translation>Aus dem Katalog &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>tagsmith::FolderSmartTagsDialog</name>
    <message>
        <location filename="../ui/foldersmarttagsdialog.cpp" line="+99"/>
        <source>Smart Tags for %1</source>
        <translation>Smart-Tags für %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Smart tags</source>
        <translation>Smart Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video tags</source>
        <translation>Video-Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic labels</source>
        <translation>Allgemeine Labels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag models and generic labels on photos and videos, on import and by the daily schedule.</source>
        <translation>Tag-Modelle und allgemeine Labels für Fotos und Videos, beim Import und im täglichen Zeitplan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames of videos are tagged; off for folders of long footage.</source>
        <translation>Einzelbilder von Videos werden getaggt; für Ordner mit langem Filmmaterial abschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyday labels (dog, car, beach) besides your own tag models.</source>
        <translation>Alltägliche Labels (Hund, Auto, Strand) neben Ihren eigenen Tag-Modellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 are %2 here, set on this folder.</source>
        <translation>%1 sind hier %2, an diesem Ordner eingestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are %2 here: the default of the root %3.</source>
        <translation>%1 sind hier %2: die Voreinstellung des Stammordners %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are %2 here, inherited from %3.</source>
        <translation>%1 sind hier %2, geerbt von %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subfolders inherit each setting unless they set their own. Video tags and generic labels apply only where smart tags are enabled.</source>
        <translation>Unterordner erben jede Einstellung, sofern sie keine eigene haben. Video-Tags und allgemeine Labels gelten nur, wo Smart Tags eingeschaltet sind.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Inherited</source>
        <translation>&amp;Geerbt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the folder&apos;s setting…</source>
        <translation>Die Einstellung des Ordners wird gelesen …</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot read the settings: %1</source>
        <translation>Die Einstellungen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot save the settings: %1</source>
        <translation>Die Einstellungen lassen sich nicht speichern: %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>tagsmith::FolderTreeModel</name>
    <message>
        <location filename="../ui/foldertreemodel.cpp" line="+82"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1
%n asset(s) here</source>
        <translation>
            <numerusform>%1
%n Datei hier</numerusform>
            <numerusform>%1
%n Dateien hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n including subfolders</source>
        <translation>
            <numerusform>%n einschließlich Unterordnern</numerusform>
            <numerusform>%n einschließlich Unterordnern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::FolderTreeView</name>
    <message>
        <location filename="../ui/foldertreeview.cpp" line="+24"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;scan Folder</source>
        <translation>Ordner neu ein&amp;lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;move Folder from Catalog…</source>
        <translation>Ordner aus dem Katalog en&amp;tfernen …</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Smart Tags…</source>
        <translation>Smart-Tags …</translation>
    </message>
</context>
<context>
    <name>tagsmith::GenericThresholdsBox</name>
    <message>
        <location filename="../ui/desktop/genericthresholdsbox.cpp" line="+44"/>
        <source>Generic labels</source>
        <translation>Allgemeine Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ImageNet label threshold</source>
        <translation>Schwelle für ImageNet-Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO object threshold</source>
        <translation>Schwelle für COCO-Objekte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generic labels status</source>
        <translation>Status der allgemeinen Labels</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;ImageNet classes (imagenet/…):</source>
        <translation>&amp;ImageNet-Klassen (imagenet/…):</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Off, none of this source&apos;s labels counts as a tag; they are kept, so turning it on again needs no re-run.</source>
        <translation>Aus zählt kein Label dieser Quelle als Tag; sie bleiben gespeichert, daher ist nach dem Wiedereinschalten kein neuer Durchlauf nötig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply ImageNet labels</source>
        <translation>ImageNet-Labels anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;COCO objects (coco/…):</source>
        <translation>&amp;COCO-Objekte (coco/…):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply COCO object labels</source>
        <translation>COCO-Objektlabels anwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A generic label counts as a tag when its confidence reaches the threshold; folders can turn generic labels off.</source>
        <translation>Ein allgemeines Label zählt als Tag, wenn seine Konfidenz die Schwelle erreicht; Ordner können allgemeine Labels abschalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available once the catalog has opened.</source>
        <translation>Verfügbar, sobald der Katalog geöffnet ist.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved in the catalog.</source>
        <translation>Im Katalog gespeichert.</translation>
    </message>
</context>
<context>
    <name>tagsmith::JobsPanel</name>
    <message>
        <location filename="../ui/jobspanel.cpp" line="+23"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+147"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+184"/>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel All…</source>
        <translation>Alle abbrechen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Thumbnails</source>
        <translation>Miniaturansichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smart tags</source>
        <translation>Smart-Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video smart tags</source>
        <translation>Video-Smart-Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic objects</source>
        <translation>Allgemeine Objekte</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n h left</source>
        <translation>
            <numerusform>noch etwa %n h</numerusform>
            <numerusform>noch etwa %n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(removed from the catalog)</source>
        <translation>(aus dem Katalog entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed (%1, first %2 shown)</source>
        <translation>Fehlgeschlagen (%1, die ersten %2 angezeigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 items/s</source>
        <translation>%1 Elemente/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tagging video %1: frame %2 / %3</source>
        <translation>Video %1 wird getaggt: Bild %2 / %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: step %3 / %4</source>
        <translation>%1 %2: Schritt %3 / %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last pass: %1 done, %2 failed</source>
        <translation>Letzter Durchlauf: %1 erledigt, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel All Jobs</source>
        <translation>Alle Aufträge abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop processing and remove all %n queued job(s)? Thumbnails, text and smart tags already done are kept.</source>
        <translation>
            <numerusform>Verarbeitung anhalten und den %n eingereihten Auftrag entfernen? Bereits erstellte Miniaturansichten, Texte und Smart-Tags bleiben erhalten.</numerusform>
            <numerusform>Verarbeitung anhalten und alle %n eingereihten Aufträge entfernen? Bereits erstellte Miniaturansichten, Texte und Smart-Tags bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+70"/>
        <source>Tagsmith</source>
        <translation>Tagsmith</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+384"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Choose a folder in the tree first: dropped files are copied into it.</source>
        <translation>Wählen Sie zuerst einen Ordner im Baum: abgelegte Dateien werden hineinkopiert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Größere Miniaturansichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smaller Thumbnails</source>
        <translation>&amp;Kleinere Miniaturansichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date Modified</source>
        <translation>Ä&amp;nderungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size</source>
        <translation>G&amp;röße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Catalog…</source>
        <translation>&amp;Neuer Katalog …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Catalog…</source>
        <translation>Katalog ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+334"/>
        <location line="+9"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>Removed %1 (%n asset(s)) from the catalog; no file was touched.</source>
        <translation>
            <numerusform>%1 (%n Asset) aus dem Katalog entfernt; keine Datei wurde angerührt.</numerusform>
            <numerusform>%1 (%n Assets) aus dem Katalog entfernt; keine Datei wurde angerührt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New Tag Model…</source>
        <translation>&amp;Neues Tag-Modell …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Manage Models…</source>
        <translation>Modelle &amp;verwalten …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Video Tag Thresholds…</source>
        <translation>&amp;Video-Tag-Schwellenwerte …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Tagsmith</source>
        <translation>Ü&amp;ber Tagsmith</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Manage &amp;Tags…</source>
        <translation>&amp;Tags verwalten …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Similar</source>
        <translation>Ähnliche &amp;finden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Re-run Smart Tags</source>
        <translation>Smart Tags &amp;erneut ausführen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New Catalog</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagsmith catalogs (*.sqlite);;All files (*)</source>
        <translation>Tagsmith-Kataloge (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagsmith catalogs (*.sqlite *.db);;All files (*)</source>
        <translation>Tagsmith-Kataloge (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent catalogs</source>
        <translation>Keine zuletzt geöffneten Kataloge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the open catalog.</source>
        <translation>%1 ist der geöffnete Katalog.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 stays open.</source>
        <translation>%1 bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot Open Catalog</source>
        <translation>Katalog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog %1 stays open.</source>
        <translation>Der Katalog %1 bleibt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 of %3 rows applied (%4 changed), %5 rejected.</source>
        <translation>%1: %2 von %3 Zeilen übernommen (%4 geändert), %5 abgelehnt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 — Tagsmith</source>
        <translation>%1 – Tagsmith</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing %1 of %2…</source>
        <translation>Importiere %1 von %2 …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Smart tags off</source>
        <translation>Smart-Tags aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processing %v of %m</source>
        <translation>Verarbeite %v von %m</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Processing finished: %1 jobs, %2 failed</source>
        <translation>Verarbeitung abgeschlossen: %1 Aufträge, %2 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n asset(s) in %1</source>
        <translation>
            <numerusform>%n Datei in %1</numerusform>
            <numerusform>%n Dateien in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog</source>
        <translation>dem Katalog</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another import is still running; try again when it has finished.</source>
        <translation>Ein anderer Import läuft noch; versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copying into %1</source>
        <translation>Kopiere nach %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import finished: %1 added, %2 updated, %3 failed</source>
        <translation>Import abgeschlossen: %1 hinzugefügt, %2 aktualisiert, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Smart tags queued again for %n asset(s)</source>
        <translation>
            <numerusform>Smart Tags für %n Asset erneut eingereiht</numerusform>
            <numerusform>Smart Tags für %n Assets erneut eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to re-run: no photo or video selected in a folder with smart tags on</source>
        <translation>Nichts erneut auszuführen: kein Foto oder Video in einem Ordner mit eingeschalteten Smart Tags ausgewählt</translation>
    </message>
</context>
<context>
    <name>tagsmith::ManageTagsDialog</name>
    <message>
        <location filename="../ui/tags/managetagsdialog.cpp" line="+29"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off in folder</source>
        <translation>im Ordner aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promoted</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manage Tags</source>
        <translation>Tags verwalten</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Manage Tags — %n assets</source>
        <translation>
            <numerusform>Tags verwalten — %n Datei</numerusform>
            <numerusform>Tags verwalten — %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to change: %1</source>
        <translation>Nichts zu ändern: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked %1 on every asset (unblock it in Tag Models)</source>
        <translation>%1 ist auf allen Assets gesperrt (in Tag-Modelle wieder freigeben)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tags of the selected asset.</source>
        <translation>Tags der ausgewählten Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Changes apply to all %n selected assets.</source>
        <translation>
            <numerusform>Änderungen gelten für die %n ausgewählte Datei.</numerusform>
            <numerusform>Änderungen gelten für alle %n ausgewählten Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this smart tag from the selection for good: it is never applied to these assets again.</source>
        <translation>Dieses Smart-Tag endgültig aus der Auswahl entfernen: Es wird diesen Dateien nie wieder zugewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promote</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this smart tag as a manual tag, ranked first in search.</source>
        <translation>Dieses Smart-Tag als manuelles Tag übernehmen; es steht in der Suche an erster Stelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block Everywhere</source>
        <translation>Überall &amp;sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never apply this generic label to any asset. Unblock it in Tag Models.</source>
        <translation>Dieses allgemeine Label nie mehr anwenden, auf keinem Asset. In Tag-Modelle wieder freigeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smart tags</source>
        <translation>Smart-Tags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this manual tag from every selected asset.</source>
        <translation>Dieses manuelle Tag von allen ausgewählten Dateien entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New tag, e.g. travel/italy</source>
        <translation>Neues Tag, z. B. reise/italien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this tag to every selected asset.</source>
        <translation>Dieses Tag allen ausgewählten Dateien hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manual tags</source>
        <translation>Manuelle Tags</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted smart tag %1</source>
        <translation>Smart-Tag %1 gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promoted smart tag %1</source>
        <translation>Smart-Tag %1 übernommen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed manual tag %1</source>
        <translation>Manuelles Tag %1 entfernt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the model&apos;s threshold (%1): stored, not applied</source>
        <translation>Unter dem Schwellenwert des Modells (%1): gespeichert, nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blocked generic label: stored, not applied (unblock it in Tag Models)</source>
        <translation>Ein gesperrtes allgemeines Label: gespeichert, nicht angewendet (in Tag-Modelle wieder freigeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic labels are off for this folder: stored, not applied</source>
        <translation>Allgemeine Labels sind in diesem Ordner aus: gespeichert, nicht angewendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added manual tag %1</source>
        <translation>Manuelles Tag %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>tagsmith::ModelRepository</name>
    <message>
        <location filename="../core/catalog/modelrepository.cpp" line="-85"/>
        <source>the tag &quot;%1&quot; already belongs to the model &quot;%2&quot;: a tag can be in one model only</source>
        <translation>das Tag „%1“ gehört bereits zum Modell „%2“: ein Tag kann nur in einem Modell sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stands under two tags of this model (&quot;%2&quot; and &quot;%3&quot;): an image may serve one tag per model</source>
        <translation>%1 steht unter zwei Tags dieses Modells („%2“ und „%3“): ein Bild darf pro Modell nur einem Tag dienen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>there is no version %1 of this model</source>
        <translation>von diesem Modell gibt es keine Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 failed to train and cannot be restored</source>
        <translation>das Training von Version %1 ist fehlgeschlagen; sie kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>tagsmith::ModelsView</name>
    <message>
        <location filename="../ui/training/modelsview.cpp" line="+75"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In videos</source>
        <translation>In Videos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag Models</source>
        <translation>Tag-Modelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training report</source>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Generic labels</source>
        <translation>Allgemeine Labels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels every photo gets without training: ImageNet classes (imagenet/…) and COCO objects (coco/…). Candidates under a threshold are kept, so a change shows on every asset at once. Blocked labels are never applied; unblocking brings them back. Folders can turn generic labels off.</source>
        <translation>Labels, die jedes Foto ohne Training erhält: ImageNet-Klassen (imagenet/…) und COCO-Objekte (coco/…). Kandidaten unter einem Schwellenwert bleiben gespeichert, daher zeigt sich eine Änderung sofort auf allen Assets. Gesperrte Labels werden nie angewendet; Freigeben bringt sie zurück. Ordner können allgemeine Labels abschalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ImageNet classes threshold:</source>
        <translation>Schwellenwert ImageNet-Klassen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO objects threshold:</source>
        <translation>Schwellenwert COCO-Objekte:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coco/kite, or kite for both sources</source>
        <translation>coco/kite, oder kite für beide Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked everywhere:</source>
        <translation>Überall gesperrt:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smart tags of %1 at or above this confidence are applied; the ones below are kept as candidates, so changing it needs no re-run.</source>
        <translation>Smart Tags von %1 ab dieser Konfidenz werden angewendet; die darunter bleiben als Kandidaten gespeichert, eine Änderung braucht daher keinen neuen Durchlauf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objects and scenes</source>
        <translation>Objekte und Szenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of a video&apos;s two tag sets the tags of %1 belong to. Changing it re-tags the videos.</source>
        <translation>Zu welcher der beiden Tag-Gruppen eines Videos die Tags von %1 gehören. Eine Änderung taggt die Videos neu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A failed training cannot be restored.</source>
        <translation>Ein fehlgeschlagenes Training kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1-report.csv</source>
        <translation>%1-bericht.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Export Training Report</source>
        <translation>Trainingsbericht exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>tagsmith::PdfReader</name>
    <message>
        <location filename="../core/text/pdfreader.cpp" line="+25"/>
        <source>corrupt PDF: cannot be opened</source>
        <translation>beschädigtes PDF: lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted PDF: password required</source>
        <translation>verschlüsseltes PDF: Passwort erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrupt PDF: no pages</source>
        <translation>beschädigtes PDF: keine Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no text layer</source>
        <translation>keine Textebene</translation>
    </message>
</context>
<context>
    <name>tagsmith::PreferencesDialog</name>
    <message>
        <location filename="../ui/desktop/preferencesdialog.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write tag changes to XMP sidecar files</source>
        <translation>Tag-Änderungen in XMP-Filialdateien &amp;schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write XMP sidecar files</source>
        <translation>XMP-Filialdateien schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightroom, Bridge and digiKam read the sidecars; tagsmith-cli follows the same setting.</source>
        <translation>Lightroom, Bridge und digiKam lesen die Filialdateien; tagsmith-cli folgt derselben Einstellung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sidecar file names</source>
        <translation>Namen der Filialdateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo.jpg.xmp (digiKam, darktable, Bridge)</source>
        <translation>foto.jpg.xmp (digiKam, darktable, Bridge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo.xmp (Lightroom)</source>
        <translation>foto.xmp (Lightroom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where two files share a name (photo.jpg and photo.png), each keeps photo.jpg.xmp so their tags never mix. Sidecars are read under both names.</source>
        <translation>Wo zwei Dateien denselben Namen tragen (foto.jpg und foto.png), behält jede foto.jpg.xmp, damit sich ihre Tags nie vermischen. Filialdateien werden unter beiden Namen gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sidecar &amp;names:</source>
        <translation>&amp;Namen der Filialdateien:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smart tag worker threads</source>
        <translation>Threads für Smart-Tags</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+8"/>
        <source>Automatic (%n thread(s))</source>
        <translation>
            <numerusform>Automatisch (%n Thread)</numerusform>
            <numerusform>Automatisch (%n Threads)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Threads that compute smart tags; the next processing pass uses the new number.</source>
        <translation>Threads, die Smart-Tags berechnen; der nächste Verarbeitungsdurchlauf verwendet die neue Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail and text worker threads</source>
        <translation>Worker-Threads für Vorschaubilder und Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads that make thumbnails and read document text; the next processing pass uses the new number.</source>
        <translation>Threads, die Vorschaubilder erstellen und Dokumenttext lesen; der nächste Verarbeitungsdurchlauf nutzt die neue Anzahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smart tag &amp;worker threads:</source>
        <translation>&amp;Threads für Smart-Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;humbnail and text worker threads:</source>
        <translation>Worker-Threads für &amp;Vorschaubilder und Text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thumbnail size</source>
        <translation>Vorschaubildgröße</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Thumbnail size:</source>
        <translation>&amp;Vorschaubildgröße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>tagsmith::PreviewDialog</name>
    <message>
        <location filename="../ui/previewdialog.cpp" line="+41"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Externally</source>
        <translation>&amp;Extern öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag to see the video&apos;s frame at that time</source>
        <translation>Ziehen, um das Bild des Videos zu diesem Zeitpunkt zu sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tagsmith::PropertiesPanel</name>
    <message>
        <location filename="../ui/propertiespanel.cpp" line="+56"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1/%1 s</source>
        <translation>1/%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f/%1</source>
        <translation>f/%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO %1</source>
        <translation>ISO %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;i&gt;Select an asset to see its properties.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Datei, um ihre Eigenschaften zu sehen.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n assets selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Datei ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Dateien ausgewählt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1–⁠%2</source>
        <translation>%1–⁠%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file is missing: %1</source>
        <translation>Die Datei fehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pt</source>
        <translation>%1 × %2 pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Belichtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manual tags</source>
        <translation>Manuelle Tags</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+35"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Smart tags</source>
        <translation>Smart-Tags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>%1 (model %2, v%3)</source>
        <translation>%1 (Modell %2, V%3)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Actions (threshold %1)</source>
        <translation>Aktionen (Schwellenwert %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects and scenes (threshold %1)</source>
        <translation>Objekte und Szenen (Schwellenwert %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action model — mark a model as an action model to get action tags</source>
        <translation>Kein Aktionsmodell – markieren Sie ein Modell als Aktionsmodell, um Aktions-Tags zu erhalten</translation>
    </message>
</context>
<context>
    <name>tagsmith::ReportPage</name>
    <message>
        <location filename="../ui/training/reportpage.cpp" line="+12"/>
        <source>Training report</source>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision and recall are cross-validated on the examples. A yellow tag needs more or more typical examples; smart tags are being applied to the catalog in the background.</source>
        <translation>Präzision und Trefferquote werden per Kreuzvalidierung an den Beispielen ermittelt. Ein gelbes Tag braucht mehr oder typischere Beispiele; die Smart-Tags werden im Hintergrund auf den Katalog angewendet.</translation>
    </message>
</context>
<context>
    <name>tagsmith::ResultBadgeDelegate</name>
    <message>
        <location filename="../ui/search/resultbadgedelegate.cpp" line="+66"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>tagsmith::ReviewPage</name>
    <message>
        <location filename="../ui/training/reviewpage.cpp" line="+15"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training takes a few seconds and creates a new version of the model; earlier versions stay and can be restored from Models ▸ Manage Models.</source>
        <translation>Das Training dauert einige Sekunden und erzeugt eine neue Version des Modells; frühere Versionen bleiben erhalten und lassen sich über Modelle ▸ Modelle verwalten wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model &quot;%1&quot; with %2 tags and %3 example images.</source>
        <translation>Modell „%1“ mit %2 Tags und %3 Beispielbildern.</translation>
    </message>
</context>
<context>
    <name>tagsmith::SchedulesBox</name>
    <message>
        <location filename="../ui/desktop/schedulesbox.cpp" line="+29"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily smart tagging time</source>
        <translation>Uhrzeit des täglichen Smart-Taggings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day at this time, assets that are new or changed since the last pass get their smart tags.</source>
        <translation>Jeden Tag zu dieser Uhrzeit erhalten seit dem letzten Durchlauf neue oder geänderte Assets ihre Smart-Tags.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model training day</source>
        <translation>Tag des Modelltrainings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model training time</source>
        <translation>Uhrzeit des Modelltrainings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models whose examples changed are trained again then; a run missed while the app was closed catches up once.</source>
        <translation>Modelle mit geänderten Beispielen werden dann neu trainiert; ein Lauf, der bei geschlossener App versäumt wurde, wird einmal nachgeholt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smart tagging &amp;daily at:</source>
        <translation>Smart-Tagging &amp;täglich um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train m&amp;odels on:</source>
        <translation>M&amp;odelle trainieren am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training ti&amp;me:</source>
        <translation>Trainingsuhr&amp;zeit:</translation>
    </message>
</context>
<context>
    <name>tagsmith::SearchBackend</name>
    <message>
        <location filename="../ui/search/searchbackend.cpp" line="+18"/>
        <source>metadata</source>
        <comment>search tier badge</comment>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all tags</source>
        <comment>search tier badge</comment>
        <translation>alle Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any tag</source>
        <comment>search tier badge</comment>
        <translation>ein Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matched in metadata, through a promoted tag</source>
        <translation>In den Metadaten gefunden, über ein übernommenes Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched in metadata</source>
        <translation>In den Metadaten gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All terms in smart tags (confidence %1)</source>
        <translation>Alle Begriffe in Smart-Tags (Konfidenz %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any term in smart tags (confidence %1)</source>
        <translation>Mindestens ein Begriff in Smart-Tags (Konfidenz %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asset %1 is no longer in the catalog</source>
        <translation>Die Datei %1 ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>original</source>
        <comment>find similar badge</comment>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The asset you asked about</source>
        <translation>Die angefragte Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <comment>similarity badge</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity %1 (cosine of the embeddings)</source>
        <translation>Ähnlichkeit %1 (Kosinus der Embeddings)</translation>
    </message>
</context>
<context>
    <name>tagsmith::SearchBar</name>
    <message>
        <location filename="../ui/search/searchbar.cpp" line="+11"/>
        <source>Search: words, &quot;a phrase&quot;, -exclude, tag:name</source>
        <translation>Suchen: Wörter, &quot;eine Wortgruppe&quot;, -ausschließen, tag:name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Finds assets as you type.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Words must all appear in the file name, title, description, keywords, manual tags or document text; smart tags widen the search.&lt;/li&gt;&lt;li&gt;&lt;b&gt;&quot;quoted phrases&quot;&lt;/b&gt; match words in that order.&lt;/li&gt;&lt;li&gt;&lt;b&gt;-word&lt;/b&gt; leaves out assets with that word.&lt;/li&gt;&lt;li&gt;&lt;b&gt;tag:name&lt;/b&gt; keeps assets carrying that tag or one below it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Results come in three groups: metadata, all terms in smart tags, any term in smart tags. Clear the field to return to the folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Findet Dateien schon während der Eingabe.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Alle Wörter müssen im Dateinamen, im Titel, in der Beschreibung, in den Schlagwörtern, den manuellen Tags oder im Dokumenttext vorkommen; Smart-Tags erweitern die Suche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;&quot;Wortgruppen in Anführungszeichen&quot;&lt;/b&gt; finden die Wörter in dieser Reihenfolge.&lt;/li&gt;&lt;li&gt;&lt;b&gt;-wort&lt;/b&gt; schließt Dateien mit diesem Wort aus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;tag:name&lt;/b&gt; behält Dateien mit diesem Tag oder einem darunterliegenden.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Ergebnisse erscheinen in drei Gruppen: Metadaten, alle Begriffe in Smart-Tags, mindestens ein Begriff in Smart-Tags. Leeren Sie das Feld, um zum Ordner zurückzukehren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tagsmith::SearchController</name>
    <message>
        <location filename="../ui/search/searchcontroller.cpp" line="+47"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>assets similar to %1</source>
        <translation>Dateien, die %1 ähneln</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n result(s) for %1</source>
        <translation>
            <numerusform>%n Ergebnis für %1</numerusform>
            <numerusform>%n Ergebnisse für %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::ShortcutsDialog</name>
    <message>
        <location filename="../ui/desktop/shortcutsdialog.cpp" line="+43"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>tagsmith::TagActions</name>
    <message>
        <location filename="../ui/tags/tagactions.cpp" line="+38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add Tags to Selection…</source>
        <translation>Tags zur &amp;Auswahl hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve Tags from Selection…</source>
        <translation>Tags von der Auswahl en&amp;tfernen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tags Panel</source>
        <translation>&amp;Tag-Leiste</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select the assets to tag first.</source>
        <translation>Wählen Sie zuerst die zu taggenden Dateien aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Nothing to add: the %n asset(s) carry %1 already.</source>
        <translation>
            <numerusform>Nichts hinzuzufügen: die %n Datei trägt %1 schon.</numerusform>
            <numerusform>Nichts hinzuzufügen: die %n Dateien tragen %1 schon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing to remove: none of the %n asset(s) carries %1.</source>
        <translation>
            <numerusform>Nichts zu entfernen: die %n Datei trägt %1 nicht.</numerusform>
            <numerusform>Nichts zu entfernen: keine der %n Dateien trägt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %1 to %n Asset(s)</source>
        <translation>
            <numerusform>%1 zu %n Datei hinzufügen</numerusform>
            <numerusform>%1 zu %n Dateien hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %1 from %n Asset(s)</source>
        <translation>
            <numerusform>%1 von %n Datei entfernen</numerusform>
            <numerusform>%1 von %n Dateien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n asset(s) changed.</source>
        <translation>
            <numerusform>%1: %n Datei geändert.</numerusform>
            <numerusform>%1: %n Dateien geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::TagListEdit</name>
    <message>
        <location filename="../ui/tags/taglistedit.cpp" line="+19"/>
        <source>Tag suggestions</source>
        <translation>Tag-Vorschläge</translation>
    </message>
</context>
<context>
    <name>tagsmith::TagPanel</name>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="+26"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags panel</source>
        <translation>Tag-Leiste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag taxonomy</source>
        <translation>Tag-Taxonomie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tag with the number of assets carrying it. Click to show them; F2 renames.</source>
        <translation>Jedes Tag mit der Zahl der Dateien, die es tragen. Ein Klick zeigt sie; F2 benennt um.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No tags yet. Tag assets with Tags &gt; Add Tags to Selection…</source>
        <translation>Noch keine Tags. Dateien taggen mit Tags &gt; Tags zur Auswahl hinzufügen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge &amp;Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh Counts</source>
        <translation>Anzahlen a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Change Tags</source>
        <translation>Tags ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the tag change</source>
        <translation>Tag-Änderung bestätigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename Tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for “%1” (a path such as places/home moves it):</source>
        <translation>Neuer Name für „%1“ (ein Pfad wie orte/zuhause verschiebt es):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “%1” to “%2”?</source>
        <translation>„%1“ in „%2“ umbenennen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+17"/>
        <source>Its subtags move along. This changes the tags of %n asset(s).</source>
        <translation>
            <numerusform>Seine Unter-Tags wandern mit. Das ändert die Tags von %n Datei.</numerusform>
            <numerusform>Seine Unter-Tags wandern mit. Das ändert die Tags von %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Move Tag</source>
        <translation>Tag verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%1” under (leave empty for the top level):</source>
        <translation>„%1“ verschieben unter (leer lassen für die oberste Ebene):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move “%1” to “%2”?</source>
        <translation>„%1“ nach „%2“ verschieben?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge Tag</source>
        <translation>Tag zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>„%1“ mit „%2“ zusammenführen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s) carrying “%1” get “%2” instead; “%1” and its subtags disappear.</source>
        <translation>
            <numerusform>%n Datei mit „%1“ erhält stattdessen „%2“; „%1“ und seine Unter-Tags verschwinden.</numerusform>
            <numerusform>%n Dateien mit „%1“ erhalten stattdessen „%2“; „%1“ und seine Unter-Tags verschwinden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::TagsPage</name>
    <message>
        <location filename="../ui/training/tagspage.cpp" line="+28"/>
        <source>Choose the tags</source>
        <translation>Tags auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick 2 to 50 tags that exclude each other, e.g. &quot;dress&quot;, &quot;shirt&quot; and &quot;shoes&quot;. Each will need 10 to 50 example images.</source>
        <translation>Kreuzen Sie 2 bis 50 Tags an, die einander ausschließen, z. B. „Kleid“, „Hemd“ und „Schuhe“. Jedes braucht 10 bis 50 Beispielbilder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search tags</source>
        <translation>Tags suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New tag, e.g. clothing/dress</source>
        <translation>Neues Tag, z. B. Kleidung/Kleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create Tag</source>
        <translation>Tag &amp;anlegen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (in model &quot;%2&quot;)</source>
        <translation>%1 (im Modell „%2“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag can belong to one model only.</source>
        <translation>Ein Tag kann nur zu einem Modell gehören.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tags chosen: %1.</source>
        <translation>Gewählte Tags: %1.</translation>
    </message>
</context>
<context>
    <name>tagsmith::TaxonomyModel</name>
    <message>
        <location filename="../ui/tags/taxonomymodel.cpp" line="+9"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Dateien</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %n asset(s)</source>
        <translation>
            <numerusform>%1: %n Datei</numerusform>
            <numerusform>%1: %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::TitlePage</name>
    <message>
        <location filename="../ui/training/titlepage.cpp" line="+16"/>
        <source>Name the model</source>
        <translation>Modell benennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag model tells apart a few tags of one visual aspect, such as the kind of garment or the style of a room. Using an existing name trains a new version of that model.</source>
        <translation>Ein Tag-Modell unterscheidet einige Tags eines visuellen Aspekts, etwa die Art eines Kleidungsstücks oder den Stil eines Raums. Ein vorhandener Name trainiert eine neue Version dieses Modells.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. clothing</source>
        <translation>z. B. Kleidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the model recognises (optional)</source>
        <translation>Was das Modell erkennt (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>tagsmith::TrainPage</name>
    <message>
        <location filename="../ui/training/trainpage.cpp" line="+14"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing what the examples have in common. You can keep working in the main window.</source>
        <translation>Es wird berechnet, was die Beispiele gemeinsam haben. Sie können im Hauptfenster weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Training could not start: %1</source>
        <translation>Das Training konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>tagsmith::TrainingReportView</name>
    <message>
        <location filename="../ui/training/trainingreportview.cpp" line="+30"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs more examples</source>
        <translation>Braucht mehr Beispiele</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1 of &quot;%2&quot; trained in %3 s.</source>
        <translation>Version %1 von „%2“ in %3 s trainiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 of &quot;%2&quot; failed to train.</source>
        <translation>Das Training von Version %1 von „%2“ ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>tagsmith::TrainingWizard</name>
    <message>
        <location filename="../ui/training/trainingwizard.cpp" line="+20"/>
        <source>New Tag Model</source>
        <translation>Neues Tag-Modell</translation>
    </message>
</context>
<context>
    <name>tagsmith::UploadProgressDialog</name>
    <message>
        <location filename="../ui/uploadprogressdialog.cpp" line="+21"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying %1 (%2 of %3)</source>
        <translation>Kopiere %1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied: %1 · Failed: %2</source>
        <translation>Kopiert: %1 · Fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importiere %1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Imported: %1 · Failed: %2</source>
        <translation>Importiert: %1 · Fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cancelled; the copies that were not imported have been removed.</source>
        <translation>Abgebrochen; die nicht importierten Kopien wurden entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tagsmith::VideoThresholdsDialog</name>
    <message>
        <location filename="../ui/videothresholdsdialog.cpp" line="+31"/>
        <source>Video Tag Thresholds</source>
        <translation>Video-Tag-Schwellenwerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A video gets a tag when the tag&apos;s confidence over its frames reaches the threshold of its set. Objects and scenes come from your object models and the generic labels; actions come from the models you marked as action models.</source>
        <translation>Ein Video erhält ein Tag, wenn die Konfidenz des Tags über seine Bilder den Schwellenwert seiner Gruppe erreicht. Objekte und Szenen stammen aus Ihren Objektmodellen und den allgemeinen Labels; Aktionen aus den Modellen, die Sie als Aktionsmodelle markiert haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applies to videos tagged from now on. Use Re-run Smart Tags on videos tagged before.</source>
        <translation>Gilt für Videos, die ab jetzt getaggt werden. Für früher getaggte Videos „Smart Tags erneut ausführen“ verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Objects and scenes:</source>
        <translation>Objekte und Szenen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
</context>
<context>
    <name>tagsmith::WriteBackDialog</name>
    <message>
        <location filename="../ui/desktop/writebackdialog.cpp" line="+40"/>
        <source>Write Metadata to Files</source>
        <translation>Metadaten in Dateien schreiben</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Writes the catalog&apos;s tags of %n selected asset(s) where Lightroom, Bridge and digiKam read them.</source>
        <translation>
            <numerusform>Schreibt die Tags des Katalogs für %n ausgewähltes Asset dorthin, wo Lightroom, Bridge und digiKam sie lesen.</numerusform>
            <numerusform>Schreibt die Tags des Katalogs für %n ausgewählte Assets dorthin, wo Lightroom, Bridge und digiKam sie lesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMP &amp;sidecar next to each file (photo.jpg.xmp); the files stay as they are</source>
        <translation>XMP-&amp;Filialdatei neben jeder Datei (photo.jpg.xmp); die Dateien bleiben unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedded in the files themselves (rewrites them)</source>
        <translation>&amp;Eingebettet in die Dateien selbst (schreibt sie neu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write XMP sidecars</source>
        <translation>XMP-Filialdateien schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write into the files</source>
        <translation>In die Dateien schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include s&amp;mart tags (at or above their model&apos;s threshold)</source>
        <translation>S&amp;mart-Tags einschließen (ab dem Schwellenwert ihres Modells)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include smart tags</source>
        <translation>Smart-Tags einschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write-back summary</source>
        <translation>Zusammenfassung des Zurückschreibens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files that could not be written</source>
        <translation>Dateien, die nicht geschrieben werden konnten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the metadata</source>
        <translation>Die Metadaten schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel writing</source>
        <translation>Schreiben abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n Datei geschrieben</numerusform>
            <numerusform>%n Dateien geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n could not be written</source>
        <translation>
            <numerusform>, %n konnte nicht geschrieben werden</numerusform>
            <numerusform>, %n konnten nicht geschrieben werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; cancelled, %n not attempted</source>
        <translation>
            <numerusform>; abgebrochen, %n nicht versucht</numerusform>
            <numerusform>; abgebrochen, %n nicht versucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagsmith::ZipArchive</name>
    <message>
        <location filename="../core/text/ziparchive.cpp" line="+43"/>
        <source>ZIP content too large (%1 MiB uncompressed)</source>
        <translation>ZIP-Inhalt zu groß (%1 MiB unkomprimiert)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <location line="+30"/>
        <location line="+25"/>
        <source>ZIP part %1 too large</source>
        <translation>ZIP-Teil %1 zu groß</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>ZIP part %1 has a suspicious compression ratio (zip bomb?)</source>
        <translation>ZIP-Teil %1 hat ein verdächtiges Kompressionsverhältnis (ZIP-Bombe?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported ZIP compression method in %1</source>
        <translation>nicht unterstützte ZIP-Kompressionsmethode in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read ZIP part %1</source>
        <translation>ZIP-Teil %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>corrupt ZIP: bad local header for %1</source>
        <translation>beschädigtes ZIP: ungültiger lokaler Header für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>corrupt ZIP: %1 is truncated</source>
        <translation>beschädigtes ZIP: %1 ist abgeschnitten</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>cannot initialise zlib</source>
        <translation>zlib lässt sich nicht initialisieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>corrupt ZIP: cannot inflate %1</source>
        <translation>beschädigtes ZIP: %1 lässt sich nicht entpacken</translation>
    </message>
</context>
<context>
    <name>tagsmith::cli</name>
    <message>
        <location filename="../app/cli/commands/benchfewshot.cpp" line="+67"/>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>%1 has no train/&lt;class&gt;/ folders</source>
        <translation>%1 hat keine Ordner train/&lt;Klasse&gt;/</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>embedding %1 images on 2 threads...</source>
        <translation>Embeddings für %1 Bilder auf 2 Threads ...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>bench fewshot needs --data DIR (the clothing set) or TAGSMITH_SHARED_DIR</source>
        <translation>bench fewshot braucht --data ORDNER (den Kleidungsdatensatz) oder TAGSMITH_SHARED_DIR</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--validate: measured on the train/ images not drawn as examples; test/ is not measured</source>
        <translation>--validate: gemessen an den nicht als Beispiele gezogenen Bildern aus train/; test/ wird nicht gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test images: %1 (all of test/; the README&apos;s figures used the original 372-image test split)</source>
        <translation>Testbilder: %1 (ganz test/; die Zahlen der README verwendeten die ursprüngliche Testaufteilung mit 372 Bildern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>background (&quot;none of these&quot;) training: %1 photos whose MD5(file name) is even; measured as unrelated: the other %2 photos and %3 video frames (never trained on)</source>
        <translation>Hintergrundtraining („keins davon“): %1 Fotos, deren MD5(Dateiname) gerade ist; als unabhängig gemessen: die übrigen %2 Fotos und %3 Videobilder (nie trainiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchimport.cpp" line="+25"/>
        <location filename="../app/cli/commands/benchthumbs.cpp" line="+53"/>
        <source>no photos folder at %1 (use --data DIR, the folder holding datasets/)</source>
        <translation>kein Ordner photos unter %1 (--data ORDNER verwenden, den Ordner, der datasets/ enthält)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the synthetic catalog did not read back</source>
        <translation>der synthetische Katalog ließ sich nicht zurücklesen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchjobs.cpp" line="+176"/>
        <source>the embedder failed on a decoded image</source>
        <translation>der Embedder ist an einem dekodierten Bild gescheitert</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no clothing photos at %1 (use --data DIR)</source>
        <translation>keine Kleidungsfotos unter %1 (--data ORDNER verwenden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: tagsmith-cli bench jobs [--images N] [--object-images N] [--json]</source>
        <translation>Aufruf: tagsmith-cli bench jobs [--images N] [--object-images N] [--json]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bare forward passes over %1 decoded images…</source>
        <translation>reine Vorwärtsdurchläufe über %1 dekodierte Bilder …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the networks cannot run: %1 (are the models installed?)</source>
        <translation>die Netze können nicht laufen: %1 (sind die Modelle installiert?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>importing and processing %1 images…</source>
        <translation>%1 Bilder werden importiert und verarbeitet …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not measured: the coco_centernet pack is not installed</source>
        <translation>nicht gemessen: das Paket coco_centernet ist nicht installiert</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nothing was processed: are the models installed (tagsmith-cli models install DIR)?</source>
        <translation>nichts wurde verarbeitet: sind die Modelle installiert (tagsmith-cli models install ORDNER)?</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchkeywords.cpp" line="+74"/>
        <source>bench keywords: no documents manifest; pass --data DIR or set TAGSMITH_SHARED_DIR</source>
        <translation>bench keywords: kein Manifest der Dokumente; --data ORDNER angeben oder TAGSMITH_SHARED_DIR setzen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>pdftotext not available (package poppler-utils)</source>
        <translation>pdftotext nicht verfügbar (Paket poppler-utils)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchsearch.cpp" line="+222"/>
        <source>%1 exists already; the benchmark fills a new catalog</source>
        <translation>%1 existiert bereits; der Benchmark füllt einen neuen Katalog</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>filling a synthetic catalog of %1 assets...</source>
        <translation>ein synthetischer Katalog mit %1 Dateien wird gefüllt ...</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>copying the cached %1-asset catalog to grow it...</source>
        <translation>der zwischengespeicherte Katalog mit %1 Assets wird zum Vergrößern kopiert ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>growing it to %1 assets by copies...</source>
        <translation>er wird durch Kopien auf %1 Assets vergrößert ...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>usage: tagsmith-cli bench search [--assets N (at least 100)] [--cache DIR] [--keep FILE] [--slowest] [--json]</source>
        <translation>Aufruf: tagsmith-cli bench search [--assets N (mindestens 100)] [--cache ORDNER] [--keep DATEI] [--slowest] [--json]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reused %1</source>
        <translation>%1 wiederverwendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated (generator %1)</source>
        <translation>erzeugt (Generator %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no (schema %1)</source>
        <translation>nein (Schema %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, schema %1 to %2</source>
        <translation>ja, Schema %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds %2 assets, not %3</source>
        <translation>%1 enthält %2 Assets, nicht %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the %1-term searches found nothing: the benchmark is broken</source>
        <translation>die Suchen mit %1 Begriffen fanden nichts: der Benchmark ist defekt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the %1 searches returned short pages: the benchmark is broken</source>
        <translation>die Suchen %1 lieferten unvollständige Seiten: der Benchmark ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>find similar did not return 20 assets</source>
        <translation>„Ähnliche finden“ lieferte keine 20 Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped above 250 000 vectors (memory)</source>
        <translation>über 250 000 Vektoren übersprungen (Speicher)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchthumbs.cpp" line="+5"/>
        <source>vipsthumbnail not found: install libvips-tools for the baseline</source>
        <translation>vipsthumbnail nicht gefunden: libvips-tools für den Vergleichswert installieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no JPEG files in %1</source>
        <translation>keine JPEG-Dateien in %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>vipsthumbnail failed: %1</source>
        <translation>vipsthumbnail fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchtrain.cpp" line="+100"/>
        <source>bench train needs --data DIR (the clothing set) or TAGSMITH_SHARED_DIR</source>
        <translation>bench train braucht --data ORDNER (den Kleidungsdatensatz) oder TAGSMITH_SHARED_DIR</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>embedding %1 clothing photos...</source>
        <translation>Embeddings für %1 Kleidungsfotos ...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no usable train/&lt;class&gt;/ photos</source>
        <translation>%1 hat keine verwendbaren Fotos in train/&lt;Klasse&gt;/</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/common.cpp" line="+46"/>
        <location filename="../app/cli/commands/metadata.cpp" line="-50"/>
        <source>not in the catalog: %1</source>
        <translation>nicht im Katalog: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source><byte value="xd"/>processing: %1 done, %2 left (%3/s)   </source>
        <translation><byte value="xd"/>Verarbeitung: %1 fertig, %2 übrig (%3/s)   </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/extracttext.cpp" line="+74"/>
        <source>usage: tagsmith-cli extract-text PATH [--json]</source>
        <translation>Aufruf: tagsmith-cli extract-text PFAD [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OCR: %1 pages without a text layer read in %2 s</source>
        <translation>OCR: %1 Seiten ohne Textebene in %2 s gelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+28"/>
        <source>--wait takes &quot;all&quot; or &quot;tags&quot;, not &quot;%1&quot;</source>
        <translation>--wait erwartet „all“ oder „tags“, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: tagsmith-cli import PATH... [--wait all|tags]</source>
        <translation>Aufruf: tagsmith-cli import PFAD... [--wait all|tags]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source><byte value="xd"/>importing: %1/%2 (%3%)</source>
        <translation><byte value="xd"/>Import: %1/%2 (%3 %)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 failed, %5 missing</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 fehlgeschlagen, %5 fehlend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 images still queued for generic object labels: the app runs them in the background, or run `tagsmith-cli autotag`</source>
        <translation>%1 Bilder warten noch auf generische Objektlabels: die App verarbeitet sie im Hintergrund, oder führen Sie `tagsmith-cli autotag` aus</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/info.cpp" line="+14"/>
        <source>usage: tagsmith-cli info PATH</source>
        <translation>Aufruf: tagsmith-cli info PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/list.cpp" line="+13"/>
        <source>usage: tagsmith-cli list</source>
        <translation>Aufruf: tagsmith-cli list</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/metadata.cpp" line="-72"/>
        <source>unknown option: %1</source>
        <translation>unbekannte Option: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>usage: tagsmith-cli metadata read PATH [--json]</source>
        <translation>Aufruf: tagsmith-cli metadata read PFAD [--json]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from: %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: tagsmith-cli metadata write PATH... [--embedded] [--include-smart]</source>
        <translation>Aufruf: tagsmith-cli metadata write PFAD... [--embedded] [--include-smart]</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>usage: tagsmith-cli csv export FILE [PATH...] [--include-smart]</source>
        <translation>Aufruf: tagsmith-cli csv export DATEI [PFAD...] [--include-smart]</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/commands/model.cpp" line="+153"/>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: tagsmith-cli csv import FILE [--json]</source>
        <translation>Aufruf: tagsmith-cli csv import DATEI [--json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1 (line %2) rejected: %3</source>
        <translation>Zeile %1 (Textzeile %2) abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows applied (%2 changed), %3 rejected</source>
        <translation>%1 Zeilen übernommen (%2 geändert), %3 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/model.cpp" line="-115"/>
        <source>no model named %1</source>
        <translation>kein Modell namens %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>model %1, version %2: %3 in %4 s</source>
        <translation>Modell %1, Version %2: %3 in %4 s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>usage: tagsmith-cli model train NAME --from-folders DIR</source>
        <translation>Aufruf: tagsmith-cli model train NAME --from-folders ORDNER</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: tagsmith-cli model report NAME [--csv FILE]</source>
        <translation>Aufruf: tagsmith-cli model report NAME [--csv DATEI]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the model %1 has not been trained yet</source>
        <translation>das Modell %1 wurde noch nicht trainiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: tagsmith-cli model versions NAME</source>
        <translation>Aufruf: tagsmith-cli model versions NAME</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: tagsmith-cli model restore NAME VERSION</source>
        <translation>Aufruf: tagsmith-cli model restore NAME VERSION</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>model %1 is at version %2 again</source>
        <translation>Modell %1 ist wieder auf Version %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: tagsmith-cli model threshold NAME [X]</source>
        <translation>Aufruf: tagsmith-cli model threshold NAME [X]</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: tagsmith-cli model kind NAME [object|action]</source>
        <translation>Aufruf: tagsmith-cli model kind NAME [object|action]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/modelsinstall.cpp" line="+26"/>
        <source>usage: tagsmith-cli [--models DIR] models install SRC</source>
        <translation>Aufruf: tagsmith-cli [--models ORDNER] models install QUELLE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing models from %1 into %2</source>
        <translation>Modelle werden aus %1 nach %2 installiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>installed %1</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed: %1</source>
        <translation>nicht installiert: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+20"/>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: tagsmith-cli search QUERY [--limit N] (words, &quot;phrases&quot;, -excluded, tag:name)</source>
        <translation>Aufruf: tagsmith-cli search ANFRAGE [--limit N] (Wörter, &quot;Phrasen&quot;, -ausgeschlossen, tag:Name)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no matches</source>
        <translation>keine Treffer</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/similar.cpp" line="+18"/>
        <source>usage: tagsmith-cli similar PATH [--limit N]</source>
        <translation>Aufruf: tagsmith-cli similar PFAD [--limit N]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/smarttags.cpp" line="+102"/>
        <source>%1 assets queued for smart tags, %2 jobs done, %3 failed</source>
        <translation>%1 Dateien für Smart-Tags eingereiht, %2 Aufträge erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: tagsmith-cli smart-tags PATH</source>
        <translation>Aufruf: tagsmith-cli smart-tags PFAD</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>usage: tagsmith-cli moderate PATH TAG --delete|--promote</source>
        <translation>Aufruf: tagsmith-cli moderate PFAD TAG --delete|--promote</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no smart tag %2</source>
        <translation>%1 hat kein Smart-Tag %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/tag.cpp" line="+14"/>
        <source>usage: tagsmith-cli tag add PATH TAG [--no-sidecar]</source>
        <translation>Aufruf: tagsmith-cli tag add PFAD TAG [--no-sidecar]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usage: tagsmith-cli tag remove PATH TAG [--no-sidecar]</source>
        <translation>Aufruf: tagsmith-cli tag remove PFAD TAG [--no-sidecar]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tag needs a name</source>
        <translation>ein Tag braucht einen Namen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no manual tag %2</source>
        <translation>%1 hat kein manuelles Tag %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/benchvideo.cpp" line="+47"/>
        <source>no videos manifest at %1 (use --data DIR, the folder holding datasets/)</source>
        <translation>kein Manifest der Videos unter %1 (--data ORDNER angeben, den Ordner, der datasets/ enthält)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the videos manifest has no file or expected_tags column</source>
        <translation>das Manifest der Videos hat keine Spalte file oder expected_tags</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>video tagging is off: %1</source>
        <translation>die Verschlagwortung von Videos ist aus: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>from the catalog&apos;s action models</source>
        <translation>aus den Aktionsmodellen des Katalogs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no action model in the catalog, so no actions are tagged</source>
        <translation>keine: kein Aktionsmodell im Katalog, daher werden keine Aktionen verschlagwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/folder.cpp" line="-97"/>
        <source>usage: tagsmith-cli folder %1 PATH inherit|enable|disable</source>
        <translation>Aufruf: tagsmith-cli folder %1 PFAD inherit|enable|disable</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: tagsmith-cli folder info PATH</source>
        <translation>Aufruf: tagsmith-cli folder info PFAD</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>inherited from: %1 (root default)</source>
        <translation>geerbt von: %1 (Vorgabe der Wurzel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inherited from: %1</source>
        <translation>geerbt von: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: tagsmith-cli folder remove PATH [--json]</source>
        <translation>Aufruf: tagsmith-cli folder remove PFAD [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/schedule.cpp" line="+26"/>
        <source>--now wants an ISO 8601 date and time, not &quot;%1&quot;</source>
        <translation>--now erwartet Datum und Uhrzeit nach ISO 8601, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: tagsmith-cli schedule run-due [--now ISO8601]</source>
        <translation>Aufruf: tagsmith-cli schedule run-due [--now ISO8601]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 models re-trained</source>
        <translation>%1 Modelle neu trainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assets queued for smart tags</source>
        <translation>%1 Dateien für Smart-Tags eingereiht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing is due</source>
        <translation>nichts ist fällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: tagsmith-cli schedule status [--now ISO8601]</source>
        <translation>Aufruf: tagsmith-cli schedule status [--now ISO8601]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not due</source>
        <translation>nicht fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last run: %1</source>
        <translation>letzter Lauf: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1</source>
        <translation>nächster Lauf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/generic.cpp" line="+40"/>
        <source>usage: tagsmith-cli generic block LABEL...</source>
        <translation>Aufruf: tagsmith-cli generic block LABEL...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usage: tagsmith-cli generic unblock LABEL...</source>
        <translation>Aufruf: tagsmith-cli generic unblock LABEL...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was not blocked</source>
        <translation>%1 war nicht gesperrt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: tagsmith-cli generic enable imagenet|objects</source>
        <translation>Aufruf: tagsmith-cli generic enable imagenet|objects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: tagsmith-cli generic disable imagenet|objects</source>
        <translation>Aufruf: tagsmith-cli generic disable imagenet|objects</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>usage: tagsmith-cli generic threshold [X]</source>
        <translation>Aufruf: tagsmith-cli generic threshold [X]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: tagsmith-cli generic object-threshold [X]</source>
        <translation>Aufruf: tagsmith-cli generic object-threshold [X]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>usage: tagsmith-cli generic list [--json]</source>
        <translation>Aufruf: tagsmith-cli generic list [--json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>threshold: %1 (ImageNet classes)</source>
        <translation>Schwellenwert: %1 (ImageNet-Klassen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>, off</source>
        <translation>, aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object threshold: %1 (COCO objects)</source>
        <translation>Objekt-Schwellenwert: %1 (COCO-Objekte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/video.cpp" line="+24"/>
        <source>usage: tagsmith-cli video thresholds [--objects X] [--actions X]</source>
        <translation>Aufruf: tagsmith-cli video thresholds [--objects X] [--actions X]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/tagtaxonomy.cpp" line="+17"/>
        <source>usage: tagsmith-cli tag merge FROM INTO [--no-sidecar]</source>
        <translation>Aufruf: tagsmith-cli tag merge VON MIT [--no-sidecar]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: tagsmith-cli tag rename OLD NEW [--no-sidecar]</source>
        <translation>Aufruf: tagsmith-cli tag rename ALT NEU [--no-sidecar]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merged %1 into %2: %3 tag(s), %4 asset(s) changed.</source>
        <translation>%1 mit %2 zusammengeführt: %3 Tag(s), %4 Datei(en) geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed %1 to %2: %3 tag(s), %4 asset(s) changed.</source>
        <translation>%1 in %2 umbenannt: %3 Tag(s), %4 Datei(en) geändert.</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml</name>
    <message>
        <location filename="../core/ml/fileembedder.cpp" line="+32"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OpenCV cannot decode this image</source>
        <translation>OpenCV kann dieses Bild nicht dekodieren</translation>
    </message>
    <message>
        <location filename="../core/ml/modelinstaller.cpp" line="+25"/>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 has the wrong size (expected %2 bytes)</source>
        <translation>%1 hat die falsche Größe (erwartet: %2 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has the wrong SHA-256 checksum (damaged or a different version)</source>
        <translation>%1 hat die falsche SHA-256-Prüfsumme (beschädigt oder eine andere Version)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>in %1 lässt sich kein temporärer Ordner anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot replace %1</source>
        <translation>%1 lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the new model into %1</source>
        <translation>das neue Modell lässt sich nicht nach %1 verschieben</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml::CocoDetector</name>
    <message>
        <location filename="../core/ml/cocodetector.cpp" line="+42"/>
        <source>model %1 is not an object detector</source>
        <translation>Modell %1 ist kein Objektdetektor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot load model %1: %2</source>
        <translation>Modell %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot load model %1</source>
        <translation>Modell %1 lässt sich nicht laden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the image is empty or not 8-bit colour</source>
        <translation>das Bild ist leer oder nicht 8-Bit-Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image has %1 megapixels; the object detector takes at most %2</source>
        <translation>das Bild hat %1 Megapixel; der Objektdetektor nimmt höchstens %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the object detector failed: %1</source>
        <translation>der Objektdetektor ist gescheitert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the object detector returned an unexpected shape</source>
        <translation>der Objektdetektor lieferte eine unerwartete Form</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml::Embedder</name>
    <message>
        <location filename="../core/ml/embedder.cpp" line="+50"/>
        <source>model %1 is not an image embedder</source>
        <translation>Modell %1 ist kein Bild-Embedder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot load model %1: %2</source>
        <translation>Modell %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot load model %1</source>
        <translation>Modell %1 lässt sich nicht laden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the image is empty or not 8-bit colour</source>
        <translation>das Bild ist leer oder nicht in 8-Bit-Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image has %1 megapixels; the embedder takes at most %2</source>
        <translation>das Bild hat %1 Megapixel; der Embedder nimmt höchstens %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the embedding network failed: %1</source>
        <translation>das Embedding-Netz ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the embedding network returned an unexpected shape</source>
        <translation>das Embedding-Netz lieferte eine unerwartete Form</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml::ModelManifest</name>
    <message>
        <location filename="../core/ml/modelmanifest.cpp" line="+83"/>
        <source>model manifest is not valid JSON: %1</source>
        <translation>das Modellmanifest ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model manifest has an unsupported format version</source>
        <translation>das Modellmanifest hat eine nicht unterstützte Formatversion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>model manifest lacks a name, files or networks</source>
        <translation>dem Modellmanifest fehlen Name, Dateien oder Netze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model manifest %1 has a bad file entry &quot;%2&quot;</source>
        <translation>das Modellmanifest %1 hat einen ungültigen Dateieintrag „%2“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown model %1</source>
        <translation>unbekanntes Modell %1</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml::ModelPack</name>
    <message>
        <location filename="../core/ml/modelpack.cpp" line="+31"/>
        <source>model %1 is not installed: run tagsmith-cli models install DIR</source>
        <translation>Modell %1 ist nicht installiert: tagsmith-cli models install ORDNER ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>model %1 is incomplete: %2 is missing; run tagsmith-cli models install DIR again</source>
        <translation>Modell %1 ist unvollständig: %2 fehlt; tagsmith-cli models install ORDNER erneut ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model %1 is damaged: %2 has %3 bytes instead of %4; run tagsmith-cli models install DIR again</source>
        <translation>Modell %1 ist beschädigt: %2 hat %3 statt %4 Byte; tagsmith-cli models install ORDNER erneut ausführen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the labels of model %1: %2</source>
        <translation>die Labels von Modell %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the labels file of model %1 is too large</source>
        <translation>die Label-Datei von Modell %1 ist zu groß</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml::TagModel</name>
    <message>
        <location filename="../core/ml/tagmodel.cpp" line="+86"/>
        <source>the stored tag model is not a Tagsmith tag model</source>
        <translation>das gespeicherte Tag-Modell ist kein Tagsmith-Tag-Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stored tag model has format version %1, this Tagsmith reads version %2</source>
        <translation>das gespeicherte Tag-Modell hat die Formatversion %1, dieses Tagsmith liest Version %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>the stored tag model is damaged</source>
        <translation>das gespeicherte Tag-Modell ist beschädigt</translation>
    </message>
</context>
<context>
    <name>tagsmith::ml::Trainer</name>
    <message>
        <location filename="../core/ml/trainer.cpp" line="+120"/>
        <source>a tag model needs at least %1 tags; this one has %2</source>
        <translation>ein Tag-Modell braucht mindestens %1 Tags; dieses hat %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag model can have at most %1 tags; this one has %2</source>
        <translation>ein Tag-Modell kann höchstens %1 Tags haben; dieses hat %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tag has no name</source>
        <translation>ein Tag hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag &quot;%1&quot; appears twice in the model</source>
        <translation>das Tag „%1“ kommt zweimal im Modell vor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag &quot;%1&quot; has %2 example images; it needs at least %3</source>
        <translation>das Tag „%1“ hat %2 Beispielbilder; es braucht mindestens %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag &quot;%1&quot; has %2 example images; at most %3 are allowed</source>
        <translation>das Tag „%1“ hat %2 Beispielbilder; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an example image of tag &quot;%1&quot; has no embedding of the model&apos;s kind</source>
        <translation>ein Beispielbild des Tags „%1“ hat kein Embedding von der Art des Modells</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>image %1 is listed twice under tag &quot;%2&quot;</source>
        <translation>Bild %1 steht zweimal unter dem Tag „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image %1 is an example of both tag &quot;%2&quot; and tag &quot;%3&quot;; an image can be under only one tag of a model</source>
        <translation>Bild %1 ist Beispiel sowohl für das Tag „%2“ als auch für „%3“; ein Bild kann nur unter einem Tag eines Modells stehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unrelated (background) image has no embedding of the model&apos;s kind</source>
        <translation>ein unabhängiges (Hintergrund-)Bild hat kein Embedding von der Art des Modells</translation>
    </message>
</context>
<context>
    <name>tagsmith::ocr</name>
    <message>
        <location filename="../core/ocr/directionclassifier.cpp" line="+45"/>
        <source>OCR direction classifier gave an unexpected output</source>
        <translation>der OCR-Richtungsklassifikator lieferte eine unerwartete Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/ocr/ocrengine.cpp" line="+85"/>
        <source>OCR is off: %1</source>
        <translation>OCR ist aus: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OCR needs a colour image</source>
        <translation>OCR braucht ein Farbbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>image too large for OCR: %1x%2 pixels</source>
        <translation>Bild zu groß für OCR: %1x%2 Pixel</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OCR got an empty image</source>
        <translation>OCR erhielt ein leeres Bild</translation>
    </message>
    <message>
        <location filename="../core/ocr/ocrnet.cpp" line="+19"/>
        <source>cannot read OCR model %1: %2</source>
        <translation>OCR-Modell %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR model %1 is too large</source>
        <translation>OCR-Modell %1 ist zu groß</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OCR model %1 is empty</source>
        <translation>OCR-Modell %1 ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OCR model %1 does not load: %2</source>
        <translation>OCR-Modell %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OCR %1 failed: %2</source>
        <translation>OCR %1 gescheitert: %2</translation>
    </message>
    <message>
        <location filename="../core/ocr/textrecognizer.cpp" line="+131"/>
        <source>cannot read the OCR character list %1</source>
        <translation>die OCR-Zeichenliste %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OCR recognizer output does not match the character list</source>
        <translation>die Ausgabe der OCR-Erkennung passt nicht zur Zeichenliste</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <location filename="../ui/placeholderpainter.cpp" line="+13"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>
