"""Naar de vroedvrouw: questions, the advice log and preparing a care visit."""
