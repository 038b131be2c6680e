import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { RECEIPT_FONT_STACK } from "./fonts";

/** Everything the receipt shows, prepared in advance: the component loads nothing and reads no clock. */
export interface ReceiptData {
  title: string;
  stateName: string;
  cycleTitle: string;
  version: number;
  submittedAt: string;
  sha256: string;
  labels: { state: string; cycle: string; version: string; submittedAt: string; fingerprint: string; noAnswer: string; page: string };
  sections: { heading: string; questions: { id: string; text: string; lines: { label: string; text: string }[] }[] }[];
}

// Fonts: RECEIPT_FONT_STACK, registered by registerReceiptFonts() before rendering (./fonts.ts).
const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 56, paddingHorizontal: 56, fontSize: 10, fontFamily: RECEIPT_FONT_STACK, lineHeight: 1.35 },
  title: { fontSize: 16, fontWeight: 700, marginBottom: 12 },
  meta: { marginBottom: 2 },
  metaLabel: { fontWeight: 700 },
  hash: { fontFamily: "Courier", fontSize: 9, marginBottom: 14 },
  section: { fontSize: 12, fontWeight: 700, marginTop: 12, marginBottom: 6 },
  question: { marginBottom: 8 },
  questionText: { fontWeight: 700 },
  line: { marginLeft: 12 },
  footer: { position: "absolute", bottom: 28, left: 56, right: 56, fontSize: 8, textAlign: "center", color: "#555555" },
});

/** The State's submission receipt: the submitted answers, the time and the sha256 of the snapshot. */
export function SubmissionReceipt({ data }: { data: ReceiptData }) {
  return (
    <Document title={data.title} author="Rapporteur">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{data.title}</Text>
        <Text style={styles.meta}>
          <Text style={styles.metaLabel}>{data.labels.state} </Text>
          {data.stateName}
        </Text>
        <Text style={styles.meta}>
          <Text style={styles.metaLabel}>{data.labels.cycle} </Text>
          {data.cycleTitle}
        </Text>
        <Text style={styles.meta}>
          <Text style={styles.metaLabel}>{data.labels.version} </Text>
          {String(data.version)}
        </Text>
        <Text style={styles.meta}>
          <Text style={styles.metaLabel}>{data.labels.submittedAt} </Text>
          {data.submittedAt}
        </Text>
        <Text style={styles.meta}>
          <Text style={styles.metaLabel}>{data.labels.fingerprint}</Text>
        </Text>
        <Text style={styles.hash}>{data.sha256}</Text>
        {data.sections.map((section) => (
          <View key={section.heading}>
            <Text style={styles.section}>{section.heading}</Text>
            {section.questions.map((q) => (
              <View key={q.id} style={styles.question} wrap={false}>
                <Text style={styles.questionText}>
                  {q.id} {q.text}
                </Text>
                {q.lines.length === 0 ? <Text style={styles.line}>{data.labels.noAnswer}</Text> : null}
                {q.lines.map((l) => (
                  <Text key={l.label} style={styles.line}>
                    {l.label}: {l.text}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        ))}
        <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${data.labels.page} ${pageNumber} / ${totalPages} · sha256 ${data.sha256.slice(0, 16)}…`} />
      </Page>
    </Document>
  );
}
