/// A person's part in the decision as one phrase: "approver, can block it", "can block it".
public enum DecisionPart {
    public static func text(role: DecisionRole?, veto: Bool, _ l: Localizer) -> String? {
        if let role { return veto ? l.text("prep.roleWithVeto", role.word(l)) : role.word(l) }
        return veto ? l.text("prep.vetoOnly") : nil
    }
}
