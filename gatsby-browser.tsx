import "./src/styles/global.css";
import "./src/styles/lists.css";
