import Testing

@testable import ReplicationCore

/// The exact decimal behind DECIMAL values and exact literals.
@Suite struct SQLDecimalTests {
    private func decimal(_ text: String) -> SQLDecimal {
        guard let value = SQLDecimal(text) else {
            Issue.record("not a decimal: \(text)")
            return SQLDecimal(Int64(0))
        }
        return value
    }

    @Test func parsesAndPrints() {
        #expect(self.decimal("1.50").description == "1.50")
        #expect(self.decimal("-0.05").description == "-0.05")
        #expect(self.decimal(".5").description == "0.5")
        #expect(self.decimal("+7").description == "7")
        #expect(self.decimal("-0.00").description == "0.00")
        #expect(self.decimal("1.5e3").description == "1500")
        #expect(self.decimal("15e-3").description == "0.015")
        #expect(SQLDecimal("abc") == nil)
        #expect(SQLDecimal("1.2.3") == nil)
        #expect(SQLDecimal("") == nil)
    }

    @Test func comparesByValue() {
        #expect(self.decimal("1.50") == self.decimal("1.5"))
        #expect(self.decimal("1.50").hashValue == self.decimal("1.5").hashValue)
        #expect(self.decimal("-2") < self.decimal("-1.99"))
        #expect(self.decimal("0.1") < self.decimal("0.10000000000000000000000000001"))
    }

    @Test func arithmeticIsExact() {
        #expect((self.decimal("0.1") + self.decimal("0.2")) == self.decimal("0.3"))
        #expect((self.decimal("1.25") - self.decimal("2.5")).description == "-1.25")
        #expect((self.decimal("1.5") * self.decimal("-0.25")).description == "-0.375")
        #expect(self.decimal("1").divided(by: self.decimal("3"), extraScale: 4)?.description == "0.3333")
        #expect(self.decimal("2").divided(by: self.decimal("3"), extraScale: 4)?.description == "0.6667")
        #expect(self.decimal("-2").divided(by: self.decimal("3"), extraScale: 4)?.description == "-0.6667")
        #expect(self.decimal("1").divided(by: self.decimal("0"), extraScale: 4) == nil)
        #expect(self.decimal("-7.5").remainder(dividingBy: self.decimal("2"))?.description == "-1.5")
        #expect(self.decimal("-7.5").integerQuotient(dividingBy: self.decimal("2"))?.description == "-3")
    }

    @Test func holdsSixtyFiveDigits() {
        let big = self.decimal(String(repeating: "9", count: 65))
        #expect((big + self.decimal("1")).description == "1" + String(repeating: "0", count: 65))
        #expect(!big.exceedsMySQLRange)
        #expect((big * self.decimal("10")).exceedsMySQLRange)
        let product = self.decimal("123456789012345678901234567890") * self.decimal("987654321098765432109876543210")
        #expect(product.description == "121932631137021795226185032733622923332237463801111263526900")
    }

    @Test func rounds() {
        #expect(self.decimal("2.5").rounded(toScale: 0).description == "3")
        #expect(self.decimal("-2.5").rounded(toScale: 0).description == "-3")
        #expect(self.decimal("1.2345").rounded(toScale: 2).description == "1.23")
        #expect(self.decimal("155").rounded(toScale: -1).description == "160")
        #expect(self.decimal("1.999").truncated(toScale: 1).description == "1.9")
        #expect(self.decimal("-0.4").rounded(toScale: 0).description == "0")
        #expect(self.decimal("1.5").ceiling.description == "2")
        #expect(self.decimal("-1.5").floor.description == "-2")
    }
}
