/** The label of the overview's "change since" date: the form's legend and its error messages. */
export const SINCE_LABEL = "Date to compare with";
