// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
