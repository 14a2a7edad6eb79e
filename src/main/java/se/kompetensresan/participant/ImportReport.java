package se.kompetensresan.participant;

import java.util.List;

/** The row-by-row result of an import: each line either added (participantId) or refused (messageKey, args). */
public record ImportReport(List<Line> lines) {

    public record Line(int line, Long participantId, String name, String messageKey, Object[] args) {
        public boolean added() {
            return participantId != null;
        }
    }

    public long added() {
        return lines.stream().filter(Line::added).count();
    }

    public long refused() {
        return lines.size() - added();
    }
}
