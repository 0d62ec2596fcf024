package org.connectedcouncils.common.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class CsvCellsTest {

    @Test
    public void neutralise_prefixesEveryFormulaTrigger() {
        for (String formula : new String[] {"=1+2", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x"}) {
            assertThat(CsvCells.neutralise(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    public void neutralise_prefixesFormulaTriggersAfterLeadingSpacesAndTabs() {
        for (String formula : new String[] {" =1+2", "   +SUM(A1)", " \t-2+3", "  @cmd"}) {
            assertThat(CsvCells.neutralise(formula)).as(formula).isEqualTo("'" + formula);
            assertThat(CsvCells.restore(CsvCells.neutralise(formula))).as(formula).isEqualTo(formula);
        }
        assertThat(CsvCells.neutralise("  plain = text")).isEqualTo("  plain = text");
        assertThat(CsvCells.restore("' plain")).isEqualTo("' plain");
    }

    @Test
    public void neutralise_leavesOrdinaryTextAlone() {
        assertThat(CsvCells.neutralise("Bin finder = great")).isEqualTo("Bin finder = great");
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }

    @Test
    public void restore_undoesNeutraliseOnly() {
        assertThat(CsvCells.restore(CsvCells.neutralise("=1+2"))).isEqualTo("=1+2");
        assertThat(CsvCells.restore("'quoted'")).isEqualTo("'quoted'");
    }
}
