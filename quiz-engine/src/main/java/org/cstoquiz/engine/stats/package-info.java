/** Item analysis of graded attempts: facility and discrimination indices per question. */
package org.cstoquiz.engine.stats;
