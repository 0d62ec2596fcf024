package org.connectedcouncils.register.macro;

import java.util.List;

import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;

/**
 * A later page of the register table as the script fetches it ({@code GET /solutions.html}): the rows, rendered by
 * the same template as the macro's first page, with the total and the status line.
 */
public record RegisterPageView(List<RegisterRows.Row> rows, long total, String status) {

    public static final String TEMPLATE = "templates/register/table-page.vm";

    public RegisterPageView {
        rows = List.copyOf(rows);
    }

    public static RegisterPageView of(List<RegisterColumn> columns, RegisterTable table, SolutionPages pages,
            RegisterText text) {
        Page<Solution> page = table.page();
        return new RegisterPageView(RegisterRows.of(columns, table, pages, text), page.total(),
                RegisterTableView.status(page, text));
    }
}
