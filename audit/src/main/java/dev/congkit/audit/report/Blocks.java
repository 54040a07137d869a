package dev.congkit.audit.report;

import java.util.List;

/** A document as paragraphs and tables, written once and rendered as printable HTML and as DOCX. */
final class Blocks {

    private Blocks() {
    }

    enum Align { LEFT, CENTRE, JUSTIFY }

    /** Text with its emphasis. */
    record Run(String text, boolean bold, boolean italic, boolean underline) {
        static Run plain(String text) {
            return new Run(text, false, false, false);
        }

        static Run bold(String text) {
            return new Run(text, true, false, false);
        }

        static Run italic(String text) {
            return new Run(text, false, true, false);
        }
    }

    sealed interface Block permits Para, Table {
    }

    /** A paragraph; {@code points} is the type size (13 in the body of an administrative text). */
    record Para(List<Run> runs, Align align, int points, boolean indent) implements Block {
        /** The classes the HTML gives it: alignment, indent, type size. */
        public String css() {
            String aligned = switch (align) {
                case CENTRE -> "c";
                case JUSTIFY -> "j";
                case LEFT -> "l";
            };
            return aligned + (indent ? " i1" : "") + " p" + points;
        }

        static Para of(Align align, int points, Run... runs) {
            return new Para(List.of(runs), align, points, false);
        }

        /** A body paragraph: justified, its first line indented, 13 pt. */
        static Para body(Run... runs) {
            return new Para(List.of(runs), Align.JUSTIFY, 13, true);
        }
    }

    /** A table cell: its paragraphs and its share of the table's width in percent. */
    record Cell(List<Para> paras, int width) {
        static Cell of(int width, Para... paras) {
            return new Cell(List.of(paras), width);
        }
    }

    /** A table; {@code ruled} draws its borders (a data table), otherwise it only lays out (the form's heading and signature). */
    record Table(List<List<Cell>> rows, boolean ruled, boolean keepTogether) implements Block {
    }
}
