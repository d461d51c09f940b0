/**
 * Running as one of many instances on one PostgreSQL: scheduled work that runs once per cluster (ShedLock), and
 * changes announced to every instance through PostgreSQL's LISTEN/NOTIFY.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cluster",
        allowedDependencies = {})
package org.collabscreen.cluster;
