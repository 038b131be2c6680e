"use client";

import { DateField } from "./date-field";
import { FileField } from "./file-field";
import { GoodPracticeField } from "./good-practice-field";
import { InstrumentsField } from "./instruments-field";
import { IntegerField } from "./integer-field";
import { MultiChoiceField } from "./multi-choice-field";
import { SingleChoiceField } from "./single-choice-field";
import { StateListField } from "./state-list-field";
import { TextField } from "./text-field";
import type { LeafControlProps } from "./types";
import { YearField } from "./year-field";
import { YnpField } from "./ynp-field";

/** The control of one leaf field, by its type (used for a question's fields and for a group's sub-fields). */
export function LeafFieldControl(props: LeafControlProps) {
  const { field } = props;
  switch (field.type) {
    case "YNP":
      return <YnpField {...props} field={field} />;
    case "SC":
      return <SingleChoiceField {...props} field={field} />;
    case "MC":
      return <MultiChoiceField {...props} field={field} />;
    case "INT":
      return <IntegerField {...props} field={field} />;
    case "YEAR":
      return <YearField {...props} field={field} />;
    case "DATE":
      return <DateField {...props} field={field} />;
    case "TXT":
      return <TextField {...props} field={field} />;
    case "INSTR":
      return <InstrumentsField {...props} field={field} />;
    case "STATE_LIST":
      return <StateListField {...props} field={field} />;
    case "GP":
      return <GoodPracticeField {...props} field={field} />;
    case "FILE":
      return <FileField {...props} field={field} />;
  }
}
