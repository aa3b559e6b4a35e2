/** The budget overview: a page under the webapps' login, a JSON endpoint and CSV/XLSX exports under /api. */
package de.hessen.aqb.programmjahr.web;
