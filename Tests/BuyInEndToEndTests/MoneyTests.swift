import BuyInTestSupport
import Foundation
import Testing

/// Costs and figures typed as a marketer writes money, kept with their currency, and shown in
/// each reader's convention; ambiguous ones refused with nothing written.
@Suite struct MoneyTests {
    let nb = "\u{00A0}", thin = "\u{202F}"

    /// The first amount typed with a currency gives the campaign its own; a bare cost is then
    /// in it; another currency stays as typed and is never converted or added.
    @Test(arguments: ["en", "fr"])
    func theFirstCurrencyIsTheCampaigns(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "Buyers read LinkedIn", "--decide-by", "in 3 weeks"], expect: 0)
        buyin.run(["option", "add", "Full programme", "--cost", language == "fr" ? "1,5 M€" : "€1.5M", "--recommended"], expect: 0)
        buyin.run(["option", "add", "Extend the pilot", "--cost", "14000"], expect: 0)
        buyin.run(["option", "add", "Pilot in Boston", "--cost", "$30k"], expect: 0)
        let options = try #require(try buyin.json(["option", "list"]) as? [[String: Any]])
        #expect(options.map { $0["cost"] as? Double } == [1_500_000, 14_000, 30_000])
        #expect(options.map { $0["costUnit"] as? String } == ["EUR", "EUR", "USD"])
        let list = buyin.run(["option", "list"], expect: 0).out
        let shown = language == "fr" ? ["1\(thin)500\(thin)000\(nb)€", "14\(thin)000\(nb)€", "30\(thin)000\(nb)$"] : ["€1,500,000", "€14,000", "$30,000"]
        for figure in shown { #expect(list.contains(figure), "\(figure) in \(list)") }
        #expect(buyin.run(["why"], expect: 0).out.contains(language == "fr" ? "Devise\(nb): EUR" : "Currency: EUR"))
        // The pre-read shows the recommended option's cost as the reader writes it.
        let brief = buyin.run(["brief"], expect: 0).out
        #expect(brief.contains(shown[0]), "\(brief)")
        let email = buyin.run(["brief", "--format", "email"], expect: 0).out
        #expect(email.contains(shown[0]), "\(email)")
    }

    /// `start --currency` sets it before any amount; an unknown one is refused with the codes to give.
    @Test func aCurrencyGivenAtTheStart() throws {
        let buyin = Buyin(language: "en")
        let unknown = buyin.run(["start", "Idea", "--why", "w", "--currency", "dollars"])
        #expect(unknown.code == 65 && unknown.errLines.count == 1 && unknown.err.contains("EUR, USD"), "\(unknown.err)")
        buyin.run(["start", "Idea", "--why", "w", "--currency", "chf"], expect: 0)
        buyin.run(["option", "add", "Do it", "--cost", "20,000"], expect: 0)
        #expect(buyin.run(["option", "list"], expect: 0).out.contains("CHF 20,000"))
        buyin.run(["why", "--currency", "£"], expect: 0)
        #expect(buyin.run(["why"], expect: 0).out.contains("Currency: GBP"))
        // The option keeps the currency it was recorded in.
        #expect(buyin.run(["option", "list"], expect: 0).out.contains("CHF 20,000"))
    }

    /// What could be read two ways, or is not an amount, is refused with the form to write and
    /// changes nothing; a unit that contradicts the amount's currency too.
    @Test(arguments: ["en", "fr"])
    func ambiguousAmountsAreRefused(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Idea", "--why", "w"], expect: 0)
        buyin.run(["option", "add", "Do it", "--cost", "€5k"], expect: 0)
        for (typed, unit) in [(language == "fr" ? "1,500 €" : "€1.500", nil), ("€twenty", nil), ("$5", "EUR"), ("€5", "days")] as [(String, String?)] {
            let refused = buyin.run(["option", "edit", "1", "--cost", typed] + (unit.map { ["--unit", $0] } ?? []))
            #expect(refused.code == 65 && refused.errLines.count == 1 && refused.out.isEmpty, "\(typed): \(refused.err)")
            #expect(refused.err.contains(typed), "\(refused.err)")
        }
        let metric = buyin.run(["metric", "add", "Pipeline", language == "fr" ? "1.500 €" : "1.500€"])
        #expect(metric.code == 65, "\(metric.err)")
        let options = try #require(try buyin.json(["option", "list"]) as? [[String: Any]])
        #expect(options.first?["cost"] as? Double == 5000 && options.first?["costUnit"] as? String == "EUR")
        #expect(try #require(try buyin.json(["metric", "list"]) as? [Any]).isEmpty)
    }

    /// Figures that are money take a currency; others keep their unit; `--unit k€` is read as
    /// thousands of euros, on its own or with the value.
    @Test func metricsInMoneyAndNot() throws {
        let buyin = Buyin(language: "en")
        buyin.run(["start", "Idea", "--why", "w"], expect: 0)
        buyin.run(["metric", "add", "Meetings", "9", "--unit", "meetings"], expect: 0)
        buyin.run(["metric", "add", "Pipeline", "€142k"], expect: 0)
        buyin.run(["metric", "add", "Tool cost", "38", "--unit", "k€"], expect: 0)
        buyin.run(["metric", "add", "Conversion", "1.375", "--unit", "%"], expect: 0)
        let list = buyin.run(["metric", "list"], expect: 0).out
        for shown in ["9 meetings", "€142,000", "€38,000", "1.38%"] { #expect(list.contains(shown), "\(shown) in \(list)") }
        buyin.run(["metric", "edit", "1", "--unit", "k$"], expect: 0)
        #expect(buyin.run(["metric", "list"], expect: 0).out.contains("$9,000"))
    }
}
